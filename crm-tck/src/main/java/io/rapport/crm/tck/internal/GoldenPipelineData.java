package io.rapport.crm.tck.internal;

import static io.rapport.crm.tck.internal.PipelineFixtures.ACTOR;
import static io.rapport.crm.tck.internal.PipelineFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.pipeline.WonOpportunity;
import io.rapport.crm.spi.CrmStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The golden data set of {@code PipelineAnalyticsContract} (described there), stored through the
 * ports with every stage-history entry.
 */
public final class GoldenPipelineData {
  private final CrmStorage storage;
  private final TenantId tenant;
  private final PipelineFixtures pipelines;
  private final PipelineDefinition retail;
  private final PipelineDefinition wealth;

  /** The data set for {@code given}'s tenant in the two pipelines. */
  public GoldenPipelineData(
      CrmStorage storage, Fixtures given, PipelineDefinition retail, PipelineDefinition wealth) {
    this.storage = storage;
    this.tenant = given.tenant();
    this.pipelines = new PipelineFixtures(given);
    this.retail = retail;
    this.wealth = wealth;
  }

  private static Instant day(double days) {
    return T0.plus(Duration.ofSeconds((long) (days * 86_400)));
  }

  private OpenOpportunity open(
      PipelineDefinition pipeline,
      String stage,
      OpportunityTerms terms,
      Integer percent,
      ForecastCategory forecast) {
    return PipelineFixtures.insert(
        storage,
        tenant,
        OpenOpportunity.open(
            pipelines.opportunityId(),
            pipeline,
            stage,
            terms,
            percent == null ? null : Probability.of(percent),
            forecast,
            T0,
            ACTOR));
  }

  private static OpportunityTerms terms(
      String owner, String amount, String currency, String close) {
    return PipelineFixtures.terms(owner, Money.of(amount, currency), LocalDate.parse(close));
  }

  private <T extends Opportunity> T update(Transition<T> transition) {
    return PipelineFixtures.update(storage, tenant, transition);
  }

  /** Stores both pipelines and the open deals A to E and J. */
  public void openDeals() {
    storage.inTransactionDo(
        unit -> {
          unit.pipelines().insert(tenant, retail);
          unit.pipelines().insert(tenant, wealth);
        });
    open(retail, "PROPOSAL", terms("rm-1", "10000.00", "EUR", "2025-02-10"), null, null);
    open(retail, "NEGOTIATION", terms("rm-1", "5000.00", "EUR", "2025-02-20"), null, null);
    open(retail, "LEAD", terms("rm-2", "20000.00", "USD", "2025-03-15"), 15, null);
    open(
        retail,
        "QUALIFIED",
        terms("rm-2", "1000.50", "EUR", "2025-04-01"),
        null,
        ForecastCategory.OMITTED);
    open(retail, "PROPOSAL", terms("rm-1", "2500.00", "EUR", "2025-02-28"), null, null);
    open(wealth, "LEAD", terms("rm-1", "50000.00", "GBP", "2025-02-05"), null, null);
  }

  /** Stores the closed deals F, G, H and I with their histories. */
  public void closedDeals() {
    OpenOpportunity f =
        open(
            retail,
            "LEAD",
            pipelines.fromCampaign(terms("rm-1", "8000.00", "EUR", "2025-01-31")),
            null,
            null);
    f = update(f.moveTo(retail, "PROPOSAL", null, day(3), ACTOR));
    update(f.win(retail, Money.of("7500.00", "EUR"), LocalDate.of(2025, 1, 16), day(10), ACTOR));

    OpenOpportunity h =
        open(retail, "LEAD", terms("rm-2", "3000.00", "USD", "2025-01-31"), null, null);
    h = update(h.moveTo(retail, "QUALIFIED", null, day(1), ACTOR));
    update(h.win(retail, Money.of("3000.00", "USD"), LocalDate.of(2025, 1, 11), day(5), ACTOR));

    OpenOpportunity i =
        open(retail, "LEAD", terms("rm-2", "6000.00", "EUR", "2025-01-31"), null, null);
    var lostOnce =
        update(
            i.lose(
                retail,
                retail.requireLostReason("TIMING"),
                LocalDate.of(2025, 1, 8),
                day(2),
                ACTOR));
    i = update(lostOnce.reopen(retail, "QUALIFIED", day(4), ACTOR));
    i = update(i.moveTo(retail, "NEGOTIATION", null, day(6), ACTOR));
    WonOpportunity won =
        update(
            i.win(retail, Money.of("6000.00", "EUR"), LocalDate.of(2025, 1, 16), day(10), ACTOR));
    assertThat(won.version()).isEqualTo(5);

    OpenOpportunity g =
        open(
            retail,
            "LEAD",
            pipelines.fromLead(terms("rm-1", "4000.00", "EUR", "2025-01-31")),
            null,
            null);
    update(
        g.lose(
            retail, retail.requireLostReason("PRICE"), LocalDate.of(2025, 1, 26), day(20), ACTOR));
  }
}
