package io.rapport.crm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleBankSpec;
import io.rapport.crm.sample.SampleSales;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  private static final int CUSTOMERS = 300;
  private static CliRun demo;

  @BeforeAll
  static void runDemoOnce() {
    demo =
        CliRun.of(
            "demo",
            "--jdbc-url",
            "jdbc:h2:mem:demo-" + UUID.randomUUID(),
            "--customers",
            String.valueOf(CUSTOMERS),
            "--seed",
            "7");
  }

  @Test
  void demo_smallBank_succeedsAndPrintsEverySection() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("== Load: sample bank (seed 7)")
        .contains("customer", "relationship", "household", "holding")
        .contains("== Customers: 300")
        .contains("ACTIVE", "mass-retail")
        .contains("== Customer overview")
        .contains(
            "Contact points (masked)", "Relationships", "Holdings (account references masked)")
        .contains("== Search with keyset paging", "Page 1:")
        .contains("== Audit history of", "customer.imported", "customer.contact-point-added")
        .contains("== Audit chain verification", "intact:")
        .contains("== Domain events delivered");
  }

  @Test
  void demo_smallBank_deliversOneEventPerImportedRecordAndOneForTheChange() {
    // given
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS));
    SampleSales sales = SampleSales.generate(bank);

    // then
    assertThat(demo.out())
        .containsPattern(eventLine("customer.imported", bank.customers().size()))
        .containsPattern(eventLine("relationship.imported", bank.relationships().size()))
        .containsPattern(eventLine("household.imported", bank.households().size()))
        .containsPattern(eventLine("holding.imported", bank.holdings().size()))
        .containsPattern(eventLine("lead.captured", sales.leads().size()))
        .containsPattern(eventLine("customer.contact-point-added", 1));
  }

  private static String eventLine(String type, long count) {
    return "\\R  "
        + type.replace(".", "\\.")
        + "\\s+"
        + String.format(Locale.ROOT, "%,d", count)
        + "\\R";
  }

  @Test
  void demo_smallBank_printsLeadSectionsWithTheGeneratedCounts() {
    // given
    SampleSales sales = SampleSales.generate(SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS)));
    Map<SampleSales.LeadFate, Long> fates =
        sales.leads().stream()
            .collect(Collectors.groupingBy(SampleSales.LeadForm::fate, Collectors.counting()));
    long open =
        fates.get(SampleSales.LeadFate.NEW)
            + fates.get(SampleSales.LeadFate.CONTACTED)
            + fates.get(SampleSales.LeadFate.QUALIFIED);
    SampleSales.LeadForm duplicate =
        sales.leads().stream().filter(l -> l.duplicateOf() != null).findFirst().orElseThrow();

    // then
    assertThat(demo.out())
        .contains("== Leads: crm.leads().captureAll(caller, " + sales.leads().size() + " forms)")
        .contains("captured " + sales.leads().size() + " new, 0 replayed")
        .contains(
            "re-submitted form lead-7-0: crm.leads().capture(...) -> replayed=true, same lead true")
        .containsPattern("customer " + duplicate.duplicateOf() + "\\s+100\\s+(EMAIL|PHONE)")
        .containsPattern("\\R  CONVERTED\\s+" + fates.get(SampleSales.LeadFate.CONVERTED) + "\\R")
        .containsPattern(
            "\\R  DISQUALIFIED\\s+" + fates.get(SampleSales.LeadFate.DISQUALIFIED) + "\\R")
        .contains(
            "conversions: " + fates.get(SampleSales.LeadFate.CONVERTED) + " converted, 0 rejected")
        .contains(
            "learned from "
                + fates.get(SampleSales.LeadFate.CONVERTED)
                + " converted and "
                + fates.get(SampleSales.LeadFate.DISQUALIFIED)
                + " disqualified leads")
        .contains("rule set: ", "naive Bayes: ", "interest=MORTGAGE +30")
        .contains("crm.leads().assignAll(caller, " + open + " open leads")
        .contains("wealth leads: round robin", "everyone else: workload");
    for (SampleSales.Employee employee : sales.employees()) {
      assertThat(demo.out()).containsPattern("\\R  " + employee.id() + "\\s+" + employee.branch());
    }
  }

  @Test
  void demo_smallBank_printsForecastAndWinLossOfEachPipeline() {
    // given
    SampleSales sales = SampleSales.generate(SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS)));

    // then
    assertThat(demo.out())
        .contains("== Forecast by quarter: crm.pipelineAnalytics().forecast(")
        .contains("2025-Q1", "weighted (EUR)", "commit", "best case", "GBP open");
    for (SampleSales.PipelinePlan pipeline : sales.pipelines()) {
      List<SampleSales.OpportunityPlan> deals =
          sales.opportunities().stream().filter(o -> o.pipeline().equals(pipeline.name())).toList();
      long won = deals.stream().filter(o -> last(o) == SampleSales.StepKind.WIN).count();
      long lost = deals.stream().filter(o -> last(o) == SampleSales.StepKind.LOSE).count();
      String firstStage = pipeline.stages().get(0).code();
      assertThat(demo.out())
          .contains("== Pipeline \"" + pipeline.name() + "\"")
          .containsPattern("\\R  " + firstStage + "\\s+" + deals.size() + "\\s+-\\R")
          .contains("won " + won + ", lost " + lost + "; win rate by count ");
    }
    assertThat(demo.out()).contains("median cycle (won) ", " EUR per day");
  }

  @Test
  void demo_smallBank_printsLaunchExclusionsUnsubscribeAndMetrics() {
    // given
    SampleSales.CampaignPlan campaign =
        SampleSales.generate(SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS))).campaign();

    // then
    assertThat(demo.out())
        .contains(
            "launch: "
                + campaign.expectedCandidates()
                + " candidates, "
                + campaign.touches().size()
                + " members")
        .contains("-> allowed=false, reason WITHDRAWN")
        .containsPattern("\\R  members\\s+" + campaign.touches().size() + "\\R")
        .containsPattern("\\R  unsubscribed\\s+1\\R")
        .containsPattern("\\R  actual cost\\s+8,050\\.00 EUR\\R")
        .contains("cost per response", "cost per lead", "cost per acquisition", "ROI");
    campaign
        .expectedExclusions()
        .forEach(
            (reason, count) ->
                assertThat(demo.out()).containsPattern("\\R  " + reason + "\\s+" + count + "\\R"));
  }

  private static SampleSales.StepKind last(SampleSales.OpportunityPlan plan) {
    return plan.steps().isEmpty() ? null : plan.steps().get(plan.steps().size() - 1).kind();
  }

  @Test
  void demo_smallBank_printsNoRawEmailPhoneIdOrAccountReference() {
    // given: every raw personal value of the loaded bank
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS));
    List<String> raw = new ArrayList<>();
    for (Customer customer : bank.customers()) {
      if (customer.party().governmentId() != null) {
        raw.add(customer.party().governmentId().value());
      }
      for (ContactPoint point : customer.contactPoints()) {
        if (point instanceof EmailContact email) {
          raw.add(email.email().value());
        } else if (point instanceof PhoneContact phone) {
          raw.add(phone.phone().value());
        } else if (point instanceof PostalContact postal) {
          raw.add(postal.address().lines().get(0));
        }
      }
    }
    bank.holdings().stream()
        .filter(h -> !h.accountReference().truncatedCard()) // cards are stored as ****1234
        .forEach(h -> raw.add(h.accountReference().value()));

    // then
    assertThat(demo.out()).doesNotContainPattern("@example\\.");
    assertThat(demo.out()).doesNotContainPattern("\\+\\d{7,15}");
    assertThat(demo.out()).doesNotContain("work.contact");
    assertThat(raw).allSatisfy(value -> assertThat(demo.out()).doesNotContain(value));
  }

  @Test
  void demo_secondRunOnTheSameDatabase_reusesTheTenant(@TempDir Path directory) {
    // given
    String url = "jdbc:h2:file:" + directory.resolve("demo").toAbsolutePath();
    CliRun first = CliRun.of("demo", "--jdbc-url", url, "--customers", "40");

    // when
    CliRun second = CliRun.of("demo", "--jdbc-url", url, "--customers", "40");
    SampleSales keyed = SampleSales.generate(SampleBank.generate(SampleBankSpec.of(42, 40)));

    // then
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("already holds customers: reusing them")
        .contains("== Customers: " + (40 + newCustomersFromLeads(SampleBankSpec.of(42, 40))))
        .contains("== Pipeline \"Retail lending\"")
        .contains(
            "crm.leads().captureAll(caller, "
                + keyed.leads().stream().filter(l -> !l.fromCampaign()).count()
                + " forms) -> 0 new, ")
        .contains(
            "rows) -> imported 0, already present "
                + String.format(Locale.ROOT, "%,d", Math.min(5_000, keyed.finance().size())))
        .contains("intact:");
    assertThat(second.out())
        .doesNotContain("== Load: sample bank")
        .doesNotContainPattern("\\R  (lead|customer|opportunity|consent|campaign)[.\\w-]*\\s+\\d");
  }

  static long newCustomersFromLeads(SampleBankSpec spec) {
    return SampleSales.generate(SampleBank.generate(spec)).leads().stream()
        .filter(l -> l.fate() == SampleSales.LeadFate.CONVERTED && l.duplicateOf() == null)
        .count();
  }
}
