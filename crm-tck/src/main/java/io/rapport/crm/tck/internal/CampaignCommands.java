package io.rapport.crm.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.spi.LaunchPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.statistics.Statistics;

/**
 * The consent and campaign steps of the stateful model: appending consent records, and launching a
 * campaign over a tag whose members and counts per reason the model predicts from its own customers
 * and consent records.
 */
public final class CampaignCommands {
  private CampaignCommands() {}

  /** The consent channels the steps use: the one a launch checks and another. */
  static final List<ConsentChannel> CHANNELS = List.of(ConsentChannel.EMAIL, ConsentChannel.SMS);

  /** Appends a consent record for a picked customer, one second after the previous step. */
  public record RecordConsent(int pick, ConsentAction action, int channel) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer customer = session.model.pickCustomer(pick);
      if (customer == null) {
        return;
      }
      ConsentRecord record =
          new ConsentRecord(
              new ConsentRecordId(session.given.nextUuid()),
              ConsentSubject.customer(customer.id()),
              ConsentPurpose.MARKETING,
              CHANNELS.get(channel),
              action,
              session.given.later(),
              "stateful",
              "v1",
              null);
      session.tx(
          unit -> {
            unit.consents().append(session.tenant, record);
            return null;
          });
      session.model.consents.add(record);
      Statistics.label("outcomes").collect("consent " + action);
    }
  }

  /** Launches an e-mail marketing campaign over the customers carrying a tag. */
  public record Launch(int tag) implements Command {
    @Override
    public void run(StatefulSession session) {
      Instant at = session.given.later();
      String chosen = Command.TAGS.get(tag);
      Segment segment =
          Segment.byCriteria(
              new SegmentId(session.given.nextUuid()), "Tagged", new Criterion.HasTag(chosen), at);
      CampaignId campaign = new CampaignId(session.given.nextUuid());
      LaunchPlan plan =
          new LaunchPlan(
              campaign, segment, ConsentPurpose.MARKETING, Set.of(ConsentChannel.EMAIL), at);

      LaunchResult result =
          session.<LaunchResult>tx(unit -> unit.campaignMembers().launch(session.tenant, plan));
      List<CampaignMember> members =
          session.<List<CampaignMember>>tx(
              unit -> unit.campaignMembers().members(session.tenant, campaign, null, 10_000));

      Map<ConsentReason, Long> excluded = new EnumMap<>(ConsentReason.class);
      List<CampaignMember> expected = new ArrayList<>();
      List<Customer> candidates =
          session.model.customers.values().stream()
              .filter(c -> c.tags().contains(chosen))
              .sorted(Comparator.comparing(c -> c.id().toString()))
              .toList();
      for (Customer customer : candidates) {
        ConsentSubject subject = ConsentSubject.customer(customer.id());
        ConsentHistory history =
            new ConsentHistory(
                subject,
                session.model.consents.stream().filter(r -> r.subject().equals(subject)).toList());
        Optional<ConsentReason> reason = plan.exclusion(history);
        if (reason.isPresent()) {
          excluded.merge(reason.get(), 1L, Long::sum);
        } else {
          expected.add(CampaignMember.targeted(campaign, customer.id(), at));
        }
      }
      assertThat(result)
          .as("launch over tag " + chosen)
          .isEqualTo(new LaunchResult(candidates.size(), expected.size(), excluded));
      assertThat(members).as("members of a launch").isEqualTo(expected);
      Statistics.label("outcomes").collect(expected.isEmpty() ? "launch empty" : "launch members");
    }
  }
}
