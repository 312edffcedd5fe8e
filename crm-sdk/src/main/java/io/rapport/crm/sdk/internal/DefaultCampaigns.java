package io.rapport.crm.sdk.internal;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignFigures;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.CampaignMetrics;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Campaigns;
import io.rapport.crm.sdk.PlanCampaign;
import io.rapport.crm.sdk.Responded;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** {@link Campaigns} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultCampaigns implements Campaigns {
  private static final String TYPE = "campaign";
  private final CommandRunner runner;
  private final CommandValidator validator;

  /** The campaign use cases. */
  public DefaultCampaigns(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
  }

  @Override
  public Campaign plan(Caller caller, PlanCampaign command) {
    runner.access().requireChangeEverything(caller, "managing campaigns (plan)");
    Arguments.notNull("PlanCampaign", caller, "caller");
    ViolationCollector collector = validator.collect(command, "PlanCampaign");
    Instant now = runner.now();
    if (command.startsOn() != null && command.endsOn() != null) {
      collector.require(
          !command.endsOn().isBefore(command.startsOn()),
          "endsOn",
          "EndsOnOrAfterStart",
          "must not be before startsOn");
    }
    Currency currency =
        collector.at("currency", () -> Money.currency(command.currency(), "currency"));
    Campaign campaign =
        collector.under(
            "",
            () ->
                new Campaign(
                    runner.ids().next(CampaignId::new),
                    1,
                    command.name(),
                    command.objective(),
                    command.channels(),
                    command.purpose(),
                    command.startsOn(),
                    command.endsOn(),
                    CampaignStatus.PLANNED,
                    Money.of(command.budget(), currency),
                    Money.of(command.expectedCost(), currency),
                    Money.of(command.expectedRevenue(), currency),
                    command.expectedResponseRate(),
                    command.segment(),
                    command.parent(),
                    List.of(),
                    null,
                    now,
                    now));
    collector.throwIfInvalid();
    return runner.write(
        caller,
        now,
        changes -> {
          TenantId tenant = changes.tenant();
          changes.unit().segments().get(tenant, campaign.segment());
          if (campaign.parent() != null) {
            changes.unit().campaigns().get(tenant, campaign.parent());
          }
          changes.unit().campaigns().insert(tenant, campaign);
          recordCampaign(changes, campaign, "campaign.planned", null, Map.of());
          return campaign;
        });
  }

  private static void recordCampaign(
      Changes changes,
      Campaign campaign,
      String action,
      CampaignStatus before,
      Map<String, String> extra) {
    Map<String, String> data = new TreeMap<>(extra);
    data.put("status", campaign.status().name());
    data.put("name", campaign.name());
    changes.record(
        TYPE,
        campaign.id(),
        action,
        campaign.version(),
        List.of(
            new FieldChange(
                "status", before == null ? null : before.name(), campaign.status().name())),
        data);
  }

  @Override
  public LaunchResult launch(Caller caller, CampaignId id) {
    Arguments.notNull("launch", caller, "caller");
    Arguments.notNull("launch", id, "campaign");
    runner.access().requireChangeEverything(caller, "launching a campaign");
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          TenantId tenant = changes.tenant();
          Campaign campaign = changes.unit().campaigns().get(tenant, id);
          Campaign launched = campaign.launch(now);
          Segment target = changes.unit().segments().get(tenant, campaign.segment());
          LaunchResult result =
              changes
                  .unit()
                  .campaignMembers()
                  .launch(
                      tenant,
                      new LaunchPlan(
                          id, target, campaign.purpose(), consentChannels(campaign), now));
          Campaign stored = changes.unit().campaigns().update(tenant, launched);
          Map<String, String> counts = new TreeMap<>();
          counts.put("candidates", String.valueOf(result.candidates()));
          counts.put("members", String.valueOf(result.members()));
          result.excluded().forEach((reason, n) -> counts.put("excluded." + reason, n.toString()));
          recordCampaign(changes, stored, "campaign.launched", campaign.status(), counts);
          return result;
        });
  }

  private static Set<ConsentChannel> consentChannels(Campaign campaign) {
    Set<ConsentChannel> channels = EnumSet.noneOf(ConsentChannel.class);
    for (CampaignChannel channel : campaign.channels()) {
      channels.add(channel.consentChannel());
    }
    return channels;
  }

  @Override
  public Campaign recordCost(Caller caller, CampaignId id, CostLine line) {
    runner.access().requireChangeEverything(caller, "managing campaigns (recordCost)");
    Arguments.notNull("recordCost", caller, "caller");
    Arguments.notNull("recordCost", id, "campaign");
    Arguments.notNull("recordCost", line, "line");
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          Campaign campaign = changes.unit().campaigns().get(changes.tenant(), id);
          Campaign stored =
              changes.unit().campaigns().update(changes.tenant(), campaign.addCost(line, now));
          recordCampaign(
              changes,
              stored,
              "campaign.costRecorded",
              campaign.status(),
              Map.of("amount", line.amount().toString(), "spentOn", line.spentOn().toString()));
          return stored;
        });
  }

  @Override
  public Campaign close(Caller caller, CampaignId id, CampaignStatus target) {
    runner.access().requireChangeEverything(caller, "managing campaigns (close)");
    Arguments.notNull("close", caller, "caller");
    Arguments.notNull("close", id, "campaign");
    Arguments.notNull("close", target, "target");
    if (target != CampaignStatus.COMPLETED && target != CampaignStatus.CANCELLED) {
      ViolationCollector refused = new ViolationCollector("close");
      refused.reject("target", "Closing", "must be COMPLETED or CANCELLED");
      refused.throwIfInvalid();
    }
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          Campaign campaign = changes.unit().campaigns().get(changes.tenant(), id);
          Campaign stored =
              changes.unit().campaigns().update(changes.tenant(), campaign.close(target, now));
          String action = "campaign." + target.name().toLowerCase(Locale.ROOT);
          recordCampaign(changes, stored, action, campaign.status(), Map.of());
          return stored;
        });
  }

  @Override
  public CampaignMember track(
      Caller caller, CampaignId id, CustomerId customer, MemberStatus status, Money value) {
    Arguments.notNull("track", caller, "caller");
    Arguments.notNull("track", id, "campaign");
    Arguments.notNull("track", customer, "customer");
    Arguments.notNull("track", status, "status");
    if (value != null && status != MemberStatus.CONVERTED) {
      ViolationCollector refused = new ViolationCollector("track");
      refused.reject("value", "ConvertedOnly", "only a conversion has a value");
      refused.throwIfInvalid();
    }
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          TenantId tenant = changes.tenant();
          Campaign campaign = changes.unit().campaigns().get(tenant, id);
          return move(changes, campaign, member(changes, id, customer), status, value, now);
        });
  }

  @Override
  public Responded respond(
      Caller caller, CampaignId id, CustomerId customer, ProductType interest) {
    Arguments.notNull("respond", caller, "caller");
    Arguments.notNull("respond", id, "campaign");
    Arguments.notNull("respond", customer, "customer");
    Arguments.notNull("respond", interest, "interest");
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          Campaign campaign = changes.unit().campaigns().get(changes.tenant(), id);
          CampaignMember member = member(changes, id, customer);
          Optional<Responded> earlier = ResponseLeads.earlier(changes, member);
          if (earlier.isPresent()) {
            return earlier.get();
          }
          CampaignMember responded =
              member.status() == MemberStatus.RESPONDED
                  ? member
                  : move(changes, campaign, member, MemberStatus.RESPONDED, null, now);
          return new Responded(
              responded, ResponseLeads.capture(changes, runner, responded, interest, now), false);
        });
  }

  private static CampaignMember member(Changes changes, CampaignId id, CustomerId customer) {
    AccessGuard access = changes.access();
    if (!access.mayRead(changes.caller(), changes.unit(), customer)) {
      throw new RecordNotFoundException("campaignMember", customer);
    }
    CampaignMember member =
        changes
            .unit()
            .campaignMembers()
            .find(changes.tenant(), id, customer)
            .orElseThrow(() -> new RecordNotFoundException("campaignMember", customer));
    access.requireChangeable(changes.caller(), changes.unit(), customer);
    return member;
  }

  /** Stores the move, its audit entry and event; an unsubscribe also withdraws the consent. */
  private CampaignMember move(
      Changes changes,
      Campaign campaign,
      CampaignMember member,
      MemberStatus status,
      Money value,
      Instant now) {
    TenantId tenant = changes.tenant();
    CampaignId id = campaign.id();
    CustomerId customer = member.customer();
    CampaignMember stored =
        changes.unit().campaignMembers().update(tenant, member.moveTo(status, now, value));
    changes.record(
        ConsentSubject.customer(customer),
        "campaignMember",
        id + "/" + customer,
        "campaignMember." + status.name().toLowerCase(Locale.ROOT),
        stored.version(),
        List.of(new FieldChange("status", member.status().name(), status.name())),
        Map.of("campaignId", id.toString(), "customerId", customer.toString()));
    if (status == MemberStatus.UNSUBSCRIBED) {
      for (ConsentChannel channel : consentChannels(campaign)) {
        DefaultConsents.append(
            changes,
            new ConsentRecord(
                runner.ids().next(ConsentRecordId::new),
                ConsentSubject.customer(customer),
                campaign.purpose(),
                channel,
                ConsentAction.WITHDRAWN,
                now,
                "campaign:" + id,
                "unsubscribe",
                null));
      }
    }
    return stored;
  }

  @Override
  public Campaign get(Caller caller, CampaignId id) {
    runner.access().requireProfile(caller, "campaigns (get)");
    TenantId tenant = Arguments.notNull("get", caller, "caller").tenant();
    Arguments.notNull("get", id, "id");
    return runner.read(unit -> unit.campaigns().get(tenant, id));
  }

  @Override
  public List<CampaignMetrics> metrics(
      Caller caller, List<CampaignId> ids, AttributionModel model, ExchangeRates rates) {
    runner.access().requireTenantWide(caller, "campaign metrics");
    TenantId tenant = Arguments.notNull("metrics", caller, "caller").tenant();
    Arguments.notNull("metrics", ids, "campaigns");
    Arguments.notNull("metrics", model, "model");
    Arguments.notNull("metrics", rates, "rates");
    return runner.read(
        unit ->
            metrics(
                unit, tenant, ids, unit.campaignMetrics().attributed(tenant, ids, model), rates));
  }

  @Override
  public List<CampaignMetrics> metrics(
      Caller caller,
      List<CampaignId> ids,
      Map<CampaignId, AttributedOutcomes> outcomes,
      ExchangeRates rates) {
    runner.access().requireTenantWide(caller, "campaign metrics");
    TenantId tenant = Arguments.notNull("metrics", caller, "caller").tenant();
    Arguments.notNull("metrics", ids, "campaigns");
    Arguments.notNull("metrics", outcomes, "outcomes");
    Arguments.notNull("metrics", rates, "rates");
    return runner.read(unit -> metrics(unit, tenant, ids, outcomes, rates));
  }

  private static List<CampaignMetrics> metrics(
      UnitOfWork unit,
      TenantId tenant,
      List<CampaignId> ids,
      Map<CampaignId, AttributedOutcomes> outcomes,
      ExchangeRates rates) {
    List<Campaign> campaigns = new ArrayList<>();
    for (CampaignId id : ids) {
      campaigns.add(unit.campaigns().get(tenant, id));
    }
    Map<CampaignId, CampaignFigures> figures = unit.campaignMetrics().figures(tenant, ids);
    List<CampaignMetrics> result = new ArrayList<>();
    for (Campaign campaign : campaigns) {
      result.add(
          CampaignMetrics.of(
              campaign,
              figures.get(campaign.id()),
              outcomes.getOrDefault(campaign.id(), AttributedOutcomes.none()),
              rates));
    }
    return result;
  }
}
