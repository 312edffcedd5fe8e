package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineDefinition;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives the read side of the facade (finds, gets, histories, pipeline reports, finance reads) with
 * missing arguments and another tenant's ids: a foreign record is never returned, a missing
 * argument is named, and a read stores nothing.
 */
class HostileLookupsPropertiesTest extends HostileFixture {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private Customer foreignCustomer;
  private PipelineDefinition foreignPipeline;
  private OpenOpportunity foreignOpportunity;
  private Lead foreignLead;
  private Segment foreignSegment;

  @BeforeProperty
  void foreignRecords() {
    foreignCustomer = crm.customers().register(stranger, RegisterCustomer.person(NAME).build());
    foreignPipeline =
        crm.pipelines()
            .define(
                stranger,
                DefinePipeline.named("Retail")
                    .open("NEW", "New", 10, ForecastCategory.PIPELINE)
                    .won("WON", "Won")
                    .lost("LOST", "Lost")
                    .build());
    foreignOpportunity =
        crm.opportunities()
            .open(
                stranger,
                NewOpportunity.in(foreignPipeline.id(), foreignCustomer.id(), ProductType.SAVINGS)
                    .amount("10.00", "EUR")
                    .closingOn(DAY)
                    .owner("rm-1")
                    .build());
    foreignLead =
        crm.leads()
            .capture(
                stranger,
                CaptureLead.builder("k", SourceKind.WEB_FORM, ProductType.SAVINGS, NAME).build())
            .lead();
    foreignSegment = crm.segments().list(stranger, "Few", Set.of(foreignCustomer.id()));
  }

  @Property(tries = 60)
  void anyListedLookup_hostileArguments_refusedOrEmpty(@ForAll("listed") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Provide
  Arbitrary<Hostile> listed() {
    return Arbitraries.of(listedCalls());
  }

  /** Reads of foreign ids answer "none" or refuse; missing arguments are named. */
  private List<Hostile> listedCalls() {
    ExchangeRates none = ExchangeRates.none();
    return List.of(
        invalid("customers.find", Set.of("id"), () -> crm.customers().find(caller, null)),
        query(
            "customers.find(foreign)",
            () -> assertThat(crm.customers().find(caller, foreignCustomer.id())).isEmpty()),
        query(
            "relationships.of(foreign)",
            () -> assertThat(crm.relationships().of(caller, foreignCustomer.id())).isEmpty()),
        invalid("relationships.of", Set.of("customer"), () -> crm.relationships().of(caller, null)),
        query(
            "households.of(foreign)",
            () -> assertThat(crm.households().of(caller, foreignCustomer.id())).isEmpty()),
        invalid("households.get", Set.of("id"), () -> crm.households().get(caller, null)),
        query(
            "holdings.of(foreign)",
            () -> assertThat(crm.holdings().of(caller, foreignCustomer.id())).isEmpty()),
        invalid("holdings.of", Set.of("customer"), () -> crm.holdings().of(caller, null)),
        query(
            "leads.find(foreign)",
            () -> assertThat(crm.leads().find(caller, foreignLead.id())).isEmpty()),
        invalid("leads.find", Set.of("id"), () -> crm.leads().find(caller, null)),
        refused(
            "leads.findDuplicates(foreign)",
            () -> crm.leads().findDuplicates(caller, foreignLead.id())),
        invalid(
            "leads.findDuplicates", Set.of("id"), () -> crm.leads().findDuplicates(caller, null)),
        query(
            "opportunities.find(foreign)",
            () -> assertThat(crm.opportunities().find(caller, foreignOpportunity.id())).isEmpty()),
        refused(
            "opportunities.get(foreign)",
            () -> crm.opportunities().get(caller, foreignOpportunity.id())),
        query(
            "opportunities.ofCustomer(foreign)",
            () ->
                assertThat(crm.opportunities().ofCustomer(caller, foreignCustomer.id())).isEmpty()),
        query(
            "opportunities.history(foreign)",
            () ->
                assertThat(crm.opportunities().history(caller, foreignOpportunity.id())).isEmpty()),
        invalid("opportunities.find", Set.of("id"), () -> crm.opportunities().find(caller, null)),
        query(
            "pipelines.find(foreign)",
            () -> assertThat(crm.pipelines().find(caller, foreignPipeline.id())).isEmpty()),
        query(
            "pipelines.find(foreign, 1)",
            () -> assertThat(crm.pipelines().find(caller, foreignPipeline.id(), 1)).isEmpty()),
        query(
            "pipelines.find(version -1)",
            () -> assertThat(crm.pipelines().find(stranger, foreignPipeline.id(), -1)).isEmpty()),
        invalid("pipelines.find", Set.of("id"), () -> crm.pipelines().find(caller, null)),
        invalid("pipelines.list", Set.of("caller"), () -> crm.pipelines().list(null)),
        invalid("forecast", Set.of("query"), () -> crm.pipelineReports().forecast(caller, null)),
        query(
            "forecast(foreign)",
            () ->
                assertThat(
                        crm.pipelineReports()
                            .forecast(
                                caller,
                                new ForecastQuery(
                                    PeriodUnit.MONTH, null, null, foreignPipeline.id())))
                    .isEmpty()),
        invalid(
            "forecastTotals",
            Set.of("currency"),
            () ->
                crm.pipelineReports()
                    .forecastTotals(caller, ForecastQuery.all(PeriodUnit.MONTH), null, DAY, none)),
        invalid(
            "forecastTotals",
            Set.of("rates"),
            () ->
                crm.pipelineReports()
                    .forecastTotals(caller, ForecastQuery.all(PeriodUnit.MONTH), EUR, DAY, null)),
        query(
            "winLoss(foreign)", () -> crm.pipelineReports().winLoss(caller, foreignPipeline.id())),
        query(
            "salesCycle(foreign)",
            () -> crm.pipelineReports().salesCycle(caller, foreignPipeline.id())),
        invalid("funnel", Set.of("pipeline"), () -> crm.pipelineReports().funnel(caller, null)),
        refused(
            "funnel(foreign)", () -> crm.pipelineReports().funnel(caller, foreignPipeline.id())),
        invalid(
            "timeInStage",
            Set.of("pipeline"),
            () -> crm.pipelineReports().timeInStage(caller, null)),
        query(
            "timeInStage(foreign)",
            () ->
                assertThat(crm.pipelineReports().timeInStage(caller, foreignPipeline.id()))
                    .isEmpty()),
        invalid(
            "velocity",
            Set.of("currency"),
            () -> crm.pipelineReports().velocity(caller, foreignPipeline.id(), null, DAY, none)),
        query(
            "velocity(foreign)",
            () ->
                assertThat(
                        crm.pipelineReports()
                            .velocity(caller, foreignPipeline.id(), EUR, DAY, none))
                    .isEmpty()),
        invalid(
            "purchaseSummaries",
            Set.of("currency"),
            () -> crm.finance().purchaseSummaries(caller, null, DAY, summary -> {})),
        invalid(
            "purchaseSummaries",
            Set.of("sink"),
            () -> crm.finance().purchaseSummaries(caller, EUR, DAY, null)),
        invalid(
            "lineTotals",
            Set.of("period"),
            () -> crm.finance().lineTotals(caller, null, total -> {})),
        invalid(
            "lineTotals",
            Set.of("sink"),
            () -> crm.finance().lineTotals(caller, ReportingPeriod.of(DAY, DAY), null)),
        refused(
            "importEvents(null rows)",
            () -> crm.finance().importEvents(caller, (List<RecordFinancialLine>) null)),
        refused("segments.get(foreign)", () -> crm.segments().get(caller, foreignSegment.id())));
  }
}
