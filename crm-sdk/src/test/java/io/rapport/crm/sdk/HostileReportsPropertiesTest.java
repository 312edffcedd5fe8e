package io.rapport.crm.sdk;

import io.rapport.crm.analytics.Activity;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.PipelineDefinition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives {@link Analytics}, {@link Audit}, {@link Events}, {@link Imports}, {@link Segments} and
 * {@link Pipelines#revise} with missing arguments, negative horizons and limits, refused discount
 * rates, null rows and another tenant's records.
 */
class HostileReportsPropertiesTest extends HostileFixture {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final ReportingPeriod Q1 = ReportingPeriod.of(LocalDate.of(2025, 1, 1), DAY);

  private Customer ada;
  private Customer foreign;
  private PipelineDefinition pipeline;
  private Segment segment;

  @BeforeProperty
  void storedTargets() {
    ada = register(NAME);
    foreign = crm.customers().register(stranger, RegisterCustomer.person(NAME).build());
    pipeline = crm.pipelines().define(caller, retail());
    segment = crm.segments().define(caller, "Everyone", new Criterion.HasTag("vip"));
  }

  private static DefinePipeline retail() {
    return DefinePipeline.named("Retail")
        .open("NEW", "New", 10, ForecastCategory.PIPELINE)
        .won("WON", "Won")
        .lost("LOST", "Lost")
        .build();
  }

  @Property(tries = 100)
  void anyReportOrImportCall_hostileArguments_refusedCleanly(@ForAll("calls") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Property(tries = 100)
  void anyListedReportOrImportCall_refusedCleanly(@ForAll("listed") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Override
  Object stored() {
    return List.of(
        super.stored(),
        crm.pipelines().list(caller),
        crm.segments().get(caller, segment.id()),
        crm.customers().get(stranger, foreign.id()));
  }

  @Provide
  Arbitrary<Hostile> listed() {
    return Arbitraries.of(listedCalls());
  }

  /** The fixed hostile calls; few enough that every one runs on each build. */
  private List<Hostile> listedCalls() {
    return List.of(
        invalid(
            "lifetimeValue",
            Set.of("currency"),
            () -> crm.analytics().lifetimeValue(caller, null, DAY, 52, 0.1, value -> {})),
        invalid(
            "lifetimeValue",
            Set.of("observationEnd"),
            () -> crm.analytics().lifetimeValue(caller, EUR, null, 52, 0.1, value -> {})),
        invalid(
            "lifetimeValue",
            Set.of("sink"),
            () -> crm.analytics().lifetimeValue(caller, EUR, DAY, 52, 0.1, null)),
        invalid(
            "storeClv",
            Set.of("currency"),
            () -> crm.analytics().storeClv(caller, null, DAY, 52, 0.1)),
        invalid(
            "storeClv",
            Set.of("horizonWeeks"),
            () -> crm.analytics().storeClv(caller, EUR, DAY, -1, 0.1)),
        invalid("rfm", Set.of("currency"), () -> crm.analytics().rfm(caller, null, DAY)),
        invalid("rfm", Set.of("asOf"), () -> crm.analytics().rfm(caller, EUR, null)),
        invalid("storeRfm", Set.of("currency"), () -> crm.analytics().storeRfm(caller, null, DAY)),
        invalid(
            "profitability",
            Set.of("currency"),
            () ->
                crm.analytics()
                    .profitability(caller, Q1, null, ExchangeRates.none(), List.of(), Map.of())),
        invalid(
            "profitability",
            Set.of("period"),
            () ->
                crm.analytics()
                    .profitability(caller, null, EUR, ExchangeRates.none(), List.of(), Map.of())),
        invalid(
            "churn",
            Set.of("first"),
            () -> crm.analytics().churn(caller, null, YearMonth.of(2025, 3))),
        query(
            "churn(reversed)",
            () -> crm.analytics().churn(caller, YearMonth.of(2025, 3), YearMonth.of(2024, 1))),
        invalid("cohorts", Set.of("last"), () -> crm.analytics().cohorts(caller, null)),
        invalid(
            "kpis",
            Set.of("currency"),
            () ->
                crm.analytics()
                    .kpis(
                        caller,
                        Q1,
                        null,
                        ExchangeRates.none(),
                        List.of(),
                        Money.of("0", "EUR"),
                        List.of(),
                        4)),
        invalid(
            "kpis",
            Set.of("salesCosts"),
            () ->
                crm.analytics()
                    .kpis(caller, Q1, EUR, ExchangeRates.none(), List.of(), null, List.of(), 4)),
        invalid(
            "kpis(null campaign)",
            Set.of("campaigns[0]"),
            () ->
                crm.analytics()
                    .kpis(
                        caller,
                        Q1,
                        EUR,
                        ExchangeRates.none(),
                        Arrays.asList((CampaignId) null),
                        Money.of("0", "EUR"),
                        List.of(),
                        4)),
        invalid(
            "profitability(null activity)",
            Set.of("activities[0]"),
            () ->
                crm.analytics()
                    .profitability(
                        caller,
                        Q1,
                        EUR,
                        ExchangeRates.none(),
                        Arrays.asList((Activity) null),
                        Map.of())),
        invalid(
            "kpis(null score)",
            Set.of("feedbackScores[1]"),
            () ->
                crm.analytics()
                    .kpis(
                        caller,
                        Q1,
                        EUR,
                        ExchangeRates.none(),
                        List.of(),
                        Money.of("0", "EUR"),
                        Arrays.asList(5, null),
                        4)),
        invalid(
            "nextBestProducts",
            Set.of("customer"),
            () -> crm.analytics().nextBestProducts(caller, null, ConsentChannel.EMAIL, 3)),
        refused(
            "nextBestProducts(foreign)",
            () -> crm.analytics().nextBestProducts(caller, foreign.id(), ConsentChannel.EMAIL, 3)),
        invalid(
            "history",
            Set.of("recordType"),
            () -> crm.audit().history(caller, null, ada.id().toString())),
        invalid("history", Set.of("recordId"), () -> crm.audit().history(caller, "customer", null)),
        query(
            "history(garbage)",
            () -> crm.audit().history(caller, "no-such-type", "not-an-id\u0000"),
            "no-such-type",
            "not-an-id"),
        query(
            "history(foreign)",
            () -> crm.audit().history(caller, "customer", foreign.id().toString())),
        invalid(
            "history", Set.of("customer"), () -> crm.audit().history(caller, (CustomerId) null)),
        invalid("verify", Set.of("tenant"), () -> crm.audit().verify(null)),
        invalid("deliverPending", Set.of("tenant"), () -> crm.events().deliverPending(null)),
        refused("subscribe(null)", () -> crm.events().subscribe(null)),
        invalid(
            "importCustomers", Set.of("customers"), () -> crm.imports().customers(caller, null)),
        invalid(
            "importCustomers",
            Set.of("customers[1]"),
            () -> crm.imports().customers(caller, Arrays.asList(ada, null))),
        refused("importCustomers(existing)", () -> crm.imports().customers(caller, List.of(ada))),
        invalid(
            "importRelationships",
            Set.of("relationships"),
            () -> crm.imports().relationships(caller, null)),
        invalid(
            "importRelationships",
            Set.of("relationships[0]"),
            () -> crm.imports().relationships(caller, Arrays.asList((Relationship) null))),
        invalid(
            "importHouseholds", Set.of("households"), () -> crm.imports().households(caller, null)),
        invalid("importHoldings", Set.of("holdings"), () -> crm.imports().holdings(caller, null)),
        invalid(
            "importOpportunities",
            Set.of("opportunities"),
            () -> crm.imports().opportunities(caller, null, List.of())),
        invalid(
            "importOpportunities",
            Set.of("history"),
            () -> crm.imports().opportunities(caller, List.of(), null)),
        invalid(
            "segment.list", Set.of("customers"), () -> crm.segments().list(caller, "Few", null)),
        refused(
            "segment.list(foreign)",
            () -> crm.segments().list(caller, "Few", Set.of(foreign.id()))),
        refused(
            "segment.list(unknown)",
            () -> crm.segments().list(caller, "Few", Set.of(new CustomerId(new UUID(7, 7))))),
        invalid(
            "segment.define", Set.of("criteria"), () -> crm.segments().define(caller, "Few", null)),
        invalid("preview", Set.of("id"), () -> crm.segments().preview(caller, null, 10)),
        invalid("revise", Set.of("id"), () -> crm.pipelines().revise(caller, null, 1, retail())),
        refused("revise(stale)", () -> crm.pipelines().revise(caller, pipeline.id(), 9, retail())),
        invalid(
            "revise(null)",
            Set.of("command"),
            () -> crm.pipelines().revise(caller, pipeline.id(), 1, null)));
  }

  @Provide
  Arbitrary<Hostile> calls() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .lessOrEqual(-1)
            .map(
                weeks ->
                    invalid(
                        "lifetimeValue",
                        Set.of("horizonWeeks"),
                        () ->
                            crm.analytics()
                                .lifetimeValue(caller, EUR, DAY, weeks, 0.1, value -> {}))),
        Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1.0, -1e300)
            .map(
                rate ->
                    invalid(
                        "lifetimeValue(discountRate " + rate + ")",
                        Set.of("discountRate"),
                        () ->
                            crm.analytics()
                                .lifetimeValue(caller, EUR, DAY, 52, rate, value -> {}))),
        Arbitraries.of(Double.NaN, -0.5, 2.0, Double.POSITIVE_INFINITY)
            .map(
                share ->
                    invalid(
                        "productRules(" + share + ")",
                        Set.of("minSupport"),
                        () -> crm.analytics().productRules(caller, share, 0.5))),
        Arbitraries.of(Double.NaN, -0.5, 2.0, Double.POSITIVE_INFINITY)
            .map(
                share ->
                    invalid(
                        "productRules(" + share + ")",
                        Set.of("minConfidence"),
                        () -> crm.analytics().productRules(caller, 0.01, share))),
        Arbitraries.integers()
            .lessOrEqual(-1)
            .map(
                limit ->
                    invalid(
                        "nextBestProducts",
                        Set.of("limit"),
                        () ->
                            crm.analytics()
                                .nextBestProducts(caller, ada.id(), ConsentChannel.EMAIL, limit))),
        Arbitraries.integers()
            .lessOrEqual(-1)
            .map(
                limit ->
                    query(
                        "preview(" + limit + ")",
                        () -> crm.segments().preview(caller, segment.id(), limit))),
        Arbitraries.integers()
            .lessOrEqual(0)
            .map(
                version ->
                    invalid(
                        "revise",
                        Set.of("expectedVersion"),
                        () -> crm.pipelines().revise(caller, pipeline.id(), version, retail()))));
  }
}
