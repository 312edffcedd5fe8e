package io.rapport.crm.sdk.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.Responded;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;
import java.util.Optional;

/**
 * A campaign response that captures a lead through the leads machinery, in the unit of the
 * response. The lead's capture key is derived from the campaign and the customer, so tracking the
 * same response again finds the first lead instead of making a second one.
 */
final class ResponseLeads {
  private ResponseLeads() {}

  /** The deterministic capture key of {@code customer}'s response to {@code campaign}. */
  static String captureKey(CampaignId campaign, CustomerId customer) {
    return "campaign-response/" + campaign + "/" + customer;
  }

  /**
   * Captures the lead of a response already moved to {@code member}: source campaign response,
   * interest {@code interest}, named like the customer and linked to it.
   */
  static Lead capture(
      Changes changes,
      CommandRunner runner,
      CampaignMember member,
      ProductType interest,
      Instant now) {
    Customer customer = changes.unit().customers().get(changes.tenant(), member.customer());
    CaptureLead command =
        CaptureLead.builder(
                captureKey(member.campaign(), member.customer()),
                SourceKind.CAMPAIGN_RESPONSE,
                interest,
                customer.party().legalName())
            .campaign(member.campaign())
            .build();
    ViolationCollector collector = new ViolationCollector("respond");
    Lead lead =
        LeadFactory.create(collector, "", command, runner.ids().next(LeadId::new), now)
            .linkedTo(member.customer(), now);
    collector.throwIfInvalid();
    changes.unit().leads().insert(changes.tenant(), lead);
    DefaultLeads.recordCaptured(changes, lead, 0);
    return lead;
  }

  /** The earlier outcome of the same response, if it was tracked before. */
  static Optional<Responded> earlier(Changes changes, CampaignMember member) {
    return changes
        .unit()
        .leads()
        .findByCaptureKey(changes.tenant(), captureKey(member.campaign(), member.customer()))
        .map(lead -> new Responded(member, lead, true));
  }
}
