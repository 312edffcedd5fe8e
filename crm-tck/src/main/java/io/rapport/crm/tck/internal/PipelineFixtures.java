package io.rapport.crm.tck.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Stage;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.spi.CrmStorage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Pipelines and opportunities for the pipeline contracts. */
public final class PipelineFixtures {
  /** The opening time of the golden data set: Monday 2025-01-06 09:00 UTC. */
  public static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

  /** The acting employee. */
  public static final Actor ACTOR = Actor.user("rm-1");

  private final Fixtures given;

  /** Pipeline fixtures drawing ids from {@code given}. */
  public PipelineFixtures(Fixtures given) {
    this.given = given;
  }

  /** A new pipeline id. */
  public PipelineId pipelineId() {
    return new PipelineId(given.nextUuid());
  }

  /** A new opportunity id. */
  public OpportunityId opportunityId() {
    return new OpportunityId(given.nextUuid());
  }

  /**
   * Retail lending v1: LEAD 10 (pipeline), QUALIFIED 30 (pipeline), PROPOSAL 60 (best case),
   * NEGOTIATION 80 within 70..90 (commit), WON, LOST; lost reasons PRICE, TIMING, COMPETITOR.
   */
  public static PipelineDefinition retail(PipelineId id) {
    return PipelineDefinition.first(
        id,
        "Retail lending",
        List.of(
            Stage.open("LEAD", "Lead", 10, ForecastCategory.PIPELINE),
            Stage.open("QUALIFIED", "Qualified", 30, ForecastCategory.PIPELINE),
            Stage.open("PROPOSAL", "Proposal", 60, ForecastCategory.BEST_CASE),
            Stage.open("NEGOTIATION", "Negotiation", 80, ForecastCategory.COMMIT).bounded(70, 90),
            Stage.won("WON", "Won"),
            Stage.lost("LOST", "Lost")),
        List.of(
            LostReason.of("PRICE", "Rate not competitive"),
            LostReason.of("TIMING", "Customer postponed"),
            LostReason.of("COMPETITOR", "Went to a competitor")),
        T0.minusSeconds(86_400));
  }

  /** Terms for {@code owner} in {@code amount}, closing on {@code close}, no sources. */
  public static OpportunityTerms terms(String owner, Money amount, LocalDate close) {
    return new OpportunityTerms(
        new CustomerId(UUID.nameUUIDFromBytes(owner.getBytes(StandardCharsets.UTF_8))),
        ProductType.MORTGAGE,
        amount,
        close,
        EmployeeId.of(owner),
        null,
        null,
        List.of(),
        null);
  }

  /** {@code terms} for {@code customer}. */
  public static OpportunityTerms withCustomer(OpportunityTerms terms, CustomerId customer) {
    return new OpportunityTerms(
        customer,
        terms.product(),
        terms.amount(),
        terms.expectedClose(),
        terms.owner(),
        terms.sourceLead(),
        terms.campaign(),
        terms.competitors(),
        terms.nextStep());
  }

  /** {@code terms} with a source lead. */
  public OpportunityTerms fromLead(OpportunityTerms terms) {
    return new OpportunityTerms(
        terms.customer(),
        terms.product(),
        terms.amount(),
        terms.expectedClose(),
        terms.owner(),
        new LeadId(given.nextUuid()),
        terms.campaign(),
        terms.competitors(),
        terms.nextStep());
  }

  /** {@code terms} with a campaign. */
  public OpportunityTerms fromCampaign(OpportunityTerms terms) {
    return new OpportunityTerms(
        terms.customer(),
        terms.product(),
        terms.amount(),
        terms.expectedClose(),
        terms.owner(),
        terms.sourceLead(),
        new CampaignId(given.nextUuid()),
        terms.competitors(),
        terms.nextStep());
  }

  /** Stores a new opportunity and its opening entry in one unit; returns it. */
  public static <T extends Opportunity> T insert(
      CrmStorage storage, TenantId tenant, Transition<T> opened) {
    storage.inTransactionDo(
        unit -> {
          unit.opportunities().insert(tenant, opened.opportunity());
          unit.stageHistory().append(tenant, opened.change());
        });
    return opened.opportunity();
  }

  /** Stores a lifecycle change and its entry in one unit; returns the stored opportunity. */
  @SuppressWarnings("unchecked")
  public static <T extends Opportunity> T update(
      CrmStorage storage, TenantId tenant, Transition<T> moved) {
    return storage.inTransaction(
        unit -> {
          T stored = (T) unit.opportunities().update(tenant, moved.opportunity());
          unit.stageHistory().append(tenant, moved.change());
          return stored;
        });
  }
}
