package io.rapport.crm.sdk;

import static io.rapport.crm.sdk.ConvertLeadBuilder.aConversion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadConversionTest extends SdkFixture {
  private static final LocalDate CLOSE = LocalDate.of(2025, 9, 30);
  private static final CampaignId SPRING = CampaignId.of("0190a000-0000-7000-8000-000000000001");

  private final PipelineDefinition retail =
      crm.pipelines()
          .define(
              caller,
              DefinePipeline.named("Retail lending")
                  .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
                  .open("OFFER", "Offer", 60, ForecastCategory.BEST_CASE)
                  .won("WON", "Won")
                  .lost("LOST", "Lost")
                  .build());

  private Lead qualifiedResponse(String key) {
    Lead lead =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder(
                        key, SourceKind.CAMPAIGN_RESPONSE, ProductType.MORTGAGE, "Grace Hopper")
                    .campaign(SPRING)
                    .email("grace@example.com")
                    .build())
            .lead();
    return crm.leads().qualify(caller, lead.id(), lead.version());
  }

  private ConvertLead withOpportunity(Lead lead, String key, String owner) {
    return aConversion()
        .of(lead)
        .withKey(key)
        .intoNewCustomer()
        .openingIn(retail.id(), "250000.00", "EUR", CLOSE)
        .ownedBy(owner)
        .build();
  }

  private long opportunityCount() {
    return auditEntries().stream().filter(e -> e.action().equals("opportunity.opened")).count();
  }

  @Test
  void convert_withOpportunity_opensItWithLeadAndCampaignInTheSameUnit() {
    // given
    Lead lead = qualifiedResponse("resp-1");
    collectEvents();

    // when
    Conversion result = crm.leads().convert(caller, withOpportunity(lead, "conv-1", "rm-9"));

    // then
    Conversion.Converted converted = (Conversion.Converted) result;
    OpportunityId id = converted.conversion().opportunity();
    assertThat(id).isNotNull();
    Opportunity opened = crm.opportunities().get(caller, id);
    assertThat(opened.pipeline()).isEqualTo(retail.id());
    assertThat(opened.stage()).isEqualTo("LEAD");
    assertThat(opened.terms().customer()).isEqualTo(converted.conversion().customer());
    assertThat(opened.terms().product()).isEqualTo(ProductType.MORTGAGE);
    assertThat(opened.terms().amount()).isEqualTo(Money.of("250000.00", "EUR"));
    assertThat(opened.terms().sourceLead()).isEqualTo(lead.id());
    assertThat(opened.terms().campaign()).isEqualTo(SPRING);
    assertThat(opened.terms().owner().value()).isEqualTo("rm-9");
    assertThat(received)
        .extracting(DomainEvent::type)
        .containsExactly("customer.registered", "opportunity.opened", "lead.converted");
    assertThat(received.get(2).data()).containsEntry("opportunityId", id.toString());
  }

  @Test
  void convert_withOpportunityTwice_sameKeyReplaysWithTheOpportunityOtherKeyIsRejected() {
    // given
    Lead lead = qualifiedResponse("resp-2");
    Conversion first = crm.leads().convert(caller, withOpportunity(lead, "k1", "rm-9"));
    long opportunities = opportunityCount();

    // when
    Conversion again = crm.leads().convert(caller, withOpportunity(lead, "k1", "rm-9"));
    Conversion other = crm.leads().convert(caller, withOpportunity(lead, "k2", "rm-9"));

    // then
    Conversion.Converted replay = (Conversion.Converted) again;
    assertThat(replay.replayed()).isTrue();
    assertThat(replay.conversion().opportunity())
        .isEqualTo(((Conversion.Converted) first).conversion().opportunity())
        .isNotNull();
    assertThat(other)
        .isEqualTo(
            new Conversion.Rejected(lead.id(), Conversion.RejectionReason.ALREADY_CONVERTED));
    assertThat(opportunities).isEqualTo(1);
    assertThat(opportunityCount()).isEqualTo(1);
  }

  @Test
  void convert_withoutOwnerAndUnassignedLead_isRefusedAndStoresNothing() {
    // given
    Lead lead = qualifiedResponse("resp-3");

    // when / then
    assertThatThrownBy(() -> crm.leads().convert(caller, withOpportunity(lead, "k", null)))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("opportunity.owner");
    assertThat(crm.leads().get(caller, lead.id()).status()).isEqualTo(LeadStatus.QUALIFIED);
    assertThat(customerCount()).isZero();
  }

  @Test
  void convert_unknownPipeline_rollsBackTheCustomerAndTheLead() {
    // given
    Lead lead = qualifiedResponse("resp-4");
    ConvertLead command =
        aConversion()
            .of(lead)
            .withKey("k")
            .intoNewCustomer()
            .openingIn(new PipelineId(UUID.randomUUID()), "10", "EUR", CLOSE)
            .ownedBy("rm-9")
            .build();

    // when / then
    assertThatThrownBy(() -> crm.leads().convert(caller, command))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(crm.leads().get(caller, lead.id()).status()).isEqualTo(LeadStatus.QUALIFIED);
    assertThat(customerCount()).isZero();
  }
}
