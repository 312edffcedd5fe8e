package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.PageRequest;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleBankSpec;
import io.rapport.crm.sample.SampleSales;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.Captured;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.CustomerOverview;
import io.rapport.crm.sdk.FinanceImportResult;
import io.rapport.crm.sdk.NewContactPoint;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The sections of {@code rapport demo}, printed in order. Not thread-safe; one per run. */
final class DemoTour {
  private static final List<String> SEGMENTS =
      List.of("mass-retail", "affluent", "private-banking", "student", "sme");

  /** How many financial rows the re-load check imports again (all would take longer). */
  private static final int REIMPORTED_ROWS = 5_000;

  private final PrintWriter out;
  private final Crm crm;
  private final Caller caller;
  private final EventCounter events;
  private final ReplayClock clock;
  private SampleSales sales;
  private SalesLoader.Loaded salesLoad;
  private UnaryOperator<SampleBank> bankEdit = UnaryOperator.identity();

  DemoTour(PrintWriter out, Crm crm, Caller caller, EventCounter events, ReplayClock clock) {
    this.out = out;
    this.crm = crm;
    this.caller = caller;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Edits the generated bank before it is loaded: the seam through which tests put canary names and
   * e-mail addresses into the demo's data.
   */
  DemoTour editingBank(UnaryOperator<SampleBank> edit) {
    this.bankEdit = edit;
    return this;
  }

  void run(SampleBankSpec spec) {
    boolean loaded = loadUnlessPresent(spec);
    census();
    Optional<CustomerOverview> showcase = Showcase.choose(crm, caller);
    if (showcase.isEmpty()) {
      out.println("The tenant has no customers.");
      return;
    }
    Customer customer = showcase.get().customer();
    if (loaded) {
      customer = addWorkEmail(customer);
    }
    CustomerOverview overview = crm.customers().overview(caller, customer.id());
    Format.heading(out, "Customer overview: crm.customers().overview(caller, id)");
    OverviewPrinter.print(out, overview, Showcase.names(crm, caller, overview));
    Format.heading(out, "Search with keyset paging");
    String segment =
        customer.tags().stream().filter(SEGMENTS::contains).findFirst().orElse("mass-retail");
    SearchPrinter.print(out, crm, caller, customer.displayName().substring(0, 1), segment);
    Format.heading(out, "Audit history of " + customer.id());
    AuditPrinter.history(out, crm, caller, customer.id());
    Format.heading(out, "Audit chain verification: crm.audit().verify(tenant)");
    AuditPrinter.verify(out, crm, caller);
    salesSections(spec);
    Format.heading(out, "Domain events delivered to the demo's listener");
    TextTable table = new TextTable("event type", ">delivered");
    events.byType().forEach((type, count) -> table.row(type, Format.count(count)));
    table.row("total", Format.count(events.total()));
    table.print(out);
  }

  private boolean loadUnlessPresent(SampleBankSpec spec) {
    boolean present =
        !crm.customers()
            .search(caller, CustomerQuery.all(), PageRequest.first(1))
            .items()
            .isEmpty();
    if (present) {
      Format.heading(out, "Load");
      out.println(
          "  Tenant "
              + caller.tenant()
              + " already holds customers: reusing them, nothing loaded."
              + " Use --tenant <new-id> for a fresh load.");
      return false;
    }
    long start = System.nanoTime();
    SampleBank bank = bankEdit.apply(SampleBank.generate(spec));
    Duration generated = Duration.ofNanos(System.nanoTime() - start);
    Format.heading(
        out,
        "Load: sample bank (seed "
            + spec.seed()
            + ") generated in "
            + Format.duration(generated)
            + ", imported with crm.imports()");
    out.println(
        "  importing "
            + Format.count(
                bank.customers().size()
                    + bank.relationships().size()
                    + bank.households().size()
                    + bank.holdings().size())
            + " bank records, one unit of work per record type, then the sales data ...");
    out.flush();
    sales = SampleSales.generate(bank);
    clock.at(spec.referenceTime().minus(Duration.ofDays(800)));
    List<BankLoader.Step> steps = new ArrayList<>();
    try {
      steps.addAll(BankLoader.load(crm, caller, bank));
    } finally {
      clock.live();
    }
    salesLoad = new SalesLoader(crm, caller, clock).load(sales);
    steps.addAll(salesLoad.steps());
    TextTable table = new TextTable("record type", ">records", ">time", ">rate");
    long records = 0;
    Duration total = Duration.ZERO;
    for (BankLoader.Step step : steps) {
      table.row(
          step.recordType(),
          Format.count(step.records()),
          Format.duration(step.took()),
          Format.rate(step.records(), step.took()));
      records += step.records();
      total = total.plus(step.took());
    }
    table.row("total", Format.count(records), Format.duration(total), Format.rate(records, total));
    table.print(out);
    out.println(
        "  (customers to holdings and opportunities with their stage histories: crm.imports();"
            + " financial events: crm.finance().importEvents; consents, pipelines and campaign one"
            + " SDK call each, at their generated times)");
    return true;
  }

  private void salesSections(SampleBankSpec spec) {
    if (salesLoad != null) {
      new LeadsSection(out, crm, caller, clock).run(sales, salesLoad.pipelines());
    } else {
      reloadCheck(spec);
    }
    PipelineSection.print(out, crm, caller, spec.referenceDate());
    if (salesLoad != null) {
      CampaignSection.print(out, crm, caller, sales, salesLoad.campaign());
    }
    AnalyticsSection.print(out, crm, caller, spec.referenceDate(), PipelineSection.RATES);
  }

  /**
   * On a reused tenant: loads the keyed part of the sales data again to show that nothing is stored
   * twice (lead capture keys, financial event external keys).
   */
  private void reloadCheck(SampleBankSpec spec) {
    Format.heading(out, "Loading the keyed sales data again: nothing is stored twice");
    SampleBank bank = SampleBank.generate(spec);
    boolean sameBank =
        crm.customers().find(caller, bank.customers().get(0).id()).isPresent()
            && !crm.pipelines().list(caller).isEmpty();
    if (!sameBank) {
      out.println(
          "  This tenant holds another bank or no sales data; use --tenant <new-id> for a fresh"
              + " load.");
      return;
    }
    SampleSales again = SampleSales.generate(bank);
    List<CaptureLead> forms =
        again.leads().stream()
            .filter(form -> !form.fromCampaign())
            .map(form -> LeadsSection.command(form, null))
            .toList();
    List<Captured> captured = crm.leads().captureAll(caller, forms);
    long fresh = captured.stream().filter(c -> !c.replayed()).count();
    out.println(
        "  crm.leads().captureAll(caller, "
            + forms.size()
            + " forms) -> "
            + fresh
            + " new, "
            + (captured.size() - fresh)
            + " replayed by capture key");
    List<SampleSales.FinanceRow> sample =
        again.finance().subList(0, Math.min(REIMPORTED_ROWS, again.finance().size()));
    FinanceImportResult finance = new SalesLoader(crm, caller, clock).finance(sample);
    out.println(
        "  crm.finance().importEvents(caller, the first "
            + Format.count(sample.size())
            + " rows) -> imported "
            + Format.count(finance.imported())
            + ", already present "
            + Format.count(finance.alreadyPresent())
            + " (by external key)");
    out.println(
        "  Consents, opportunities and the campaign carry no keys; they are not loaded again.");
  }

  private void census() {
    Census census = Census.take(crm, caller);
    Format.heading(out, "Customers: " + Format.count(census.total()));
    TextTable byStatus = new TextTable("status", ">customers", ">share");
    for (CustomerStatus status : CustomerStatus.values()) {
      long count = census.byStatus().getOrDefault(status, 0L);
      byStatus.row(status, Format.count(count), Format.percent(count, census.total()));
    }
    census
        .byKind()
        .forEach(
            (kind, count) ->
                byStatus.row(kind, Format.count(count), Format.percent(count, census.total())));
    byStatus.print(out);
    out.println();
    TextTable byTag = new TextTable("tag", ">customers", ">share");
    for (Map.Entry<String, Long> tag : census.byTag().entrySet()) {
      byTag.row(
          tag.getKey(),
          Format.count(tag.getValue()),
          Format.percent(tag.getValue(), census.total()));
    }
    byTag.print(out);
  }

  /** A change made through the SDK, so the audit history shows more than the import. */
  private Customer addWorkEmail(Customer customer) {
    Format.heading(out, "A change through the SDK");
    out.println(
        "  crm.customers().addContactPoint(caller.because(...), id, version, "
            + "NewContactPoint.email(..., WORK))");
    return crm.customers()
        .addContactPoint(
            caller.because("demo: customer gave a work e-mail at the branch"),
            customer.id(),
            customer.version(),
            NewContactPoint.email("work.contact@example.com", ContactPurpose.WORK));
  }
}
