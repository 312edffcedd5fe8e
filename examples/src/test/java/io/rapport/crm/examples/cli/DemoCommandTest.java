package io.rapport.crm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleBankSpec;
import io.rapport.crm.sample.SampleSales;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
        .containsPattern(
            eventLine("lead.captured", captured(sales).size() + responses(sales.campaign())))
        .containsPattern(eventLine("opportunity.imported", sales.opportunities().size()))
        .containsPattern(
            eventLine(
                "opportunity.opened",
                captured(sales).stream()
                        .filter(l -> l.fate() == SampleSales.LeadFate.CONVERTED)
                        .count()
                    + wins(sales.campaign())))
        .containsPattern(eventLine("opportunity.won", wins(sales.campaign())))
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
    // given: the demo captures every form but the campaign responses (respond() captures those)
    SampleSales sales = SampleSales.generate(SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS)));
    List<SampleSales.LeadForm> forms = captured(sales);
    Map<SampleSales.LeadFate, Long> fates =
        forms.stream()
            .collect(Collectors.groupingBy(SampleSales.LeadForm::fate, Collectors.counting()));
    long converted = fates.get(SampleSales.LeadFate.CONVERTED);
    long open =
        fates.get(SampleSales.LeadFate.NEW)
            + fates.get(SampleSales.LeadFate.CONTACTED)
            + fates.get(SampleSales.LeadFate.QUALIFIED);
    long newCustomers = newCustomersFromLeads(SampleBankSpec.of(7, CUSTOMERS));
    long wealth = convertedInto(sales, "Wealth management");
    long retail = convertedInto(sales, "Retail lending");
    SampleSales.LeadForm duplicate =
        forms.stream().filter(l -> l.duplicateOf() != null).findFirst().orElseThrow();

    // then
    assertThat(wealth + retail).isEqualTo(converted);
    assertThat(demo.out())
        .contains("== Leads: crm.leads().captureAll(caller, " + forms.size() + " forms)")
        .contains("captured " + forms.size() + " new, 0 replayed")
        .contains(
            "re-submitted form "
                + forms.get(0).key()
                + ": crm.leads().capture(...) -> replayed=true, same lead true")
        .containsPattern("customer " + duplicate.duplicateOf() + "\\s+100\\s+(EMAIL|PHONE)")
        .containsPattern("\\R  CONVERTED\\s+" + converted + "\\R")
        .containsPattern(
            "\\R  DISQUALIFIED\\s+" + fates.get(SampleSales.LeadFate.DISQUALIFIED) + "\\R")
        .contains(
            "conversions: "
                + converted
                + " converted, 0 rejected -> "
                + converted
                + " customers ("
                + newCustomers
                + " new), "
                + converted
                + " opportunities opened {Retail lending="
                + retail
                + ", Wealth management="
                + wealth
                + "}")
        .contains(
            "learned from "
                + (converted + wins(sales.campaign()))
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
        .contains("== Forecast by quarter: crm.pipelineReports().forecast(")
        .contains("2025-Q1", "weighted (EUR)", "commit", "best case", "GBP open");
    for (SampleSales.PipelinePlan pipeline : sales.pipelines()) {
      List<SampleSales.OpportunityPlan> deals =
          sales.opportunities().stream().filter(o -> o.pipeline().equals(pipeline.name())).toList();
      // plus the opportunities opened by lead conversions, and the won campaign responses
      long converted = convertedInto(sales, pipeline.name());
      long responses = pipeline.name().equals("Wealth management") ? wins(sales.campaign()) : 0;
      long won =
          deals.stream().filter(o -> last(o) == SampleSales.StepKind.WIN).count() + responses;
      long lost = deals.stream().filter(o -> last(o) == SampleSales.StepKind.LOSE).count();
      String firstStage = pipeline.stages().get(0).code();
      assertThat(demo.out())
          .contains("== Pipeline \"" + pipeline.name() + "\"")
          .containsPattern(
              "\\R  " + firstStage + "\\s+" + (deals.size() + converted + responses) + "\\s+-\\R")
          .contains("won " + won + ", lost " + lost + "; win rate by count ");
    }
    assertThat(demo.out()).contains("median cycle (won) ", " EUR per day");
  }

  @Test
  void demo_smallBank_printsLaunchExclusionsUnsubscribeAndMetrics() {
    // given
    SampleSales.CampaignPlan campaign =
        SampleSales.generate(SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS))).campaign();
    BigDecimal cost = new BigDecimal("8050.00");
    BigDecimal revenue =
        campaign.touches().stream()
            .map(SampleSales.Touch::value)
            .filter(v -> v != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    double roi = revenue.subtract(cost).divide(cost, 4, RoundingMode.HALF_EVEN).doubleValue();

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
        .contains(
            responses(campaign)
                + " responses via crm.campaigns().respond(caller, id, customer, INVESTMENT)")
        .contains(wins(campaign) + " converted into \"Wealth management\" opportunities and won")
        .containsPattern("\\R  responded / converted\\s+" + responses(campaign) + " / 0\\R")
        .containsPattern(twice("leads", String.valueOf(responses(campaign))))
        .containsPattern(twice("acquisitions", String.valueOf(wins(campaign))))
        .containsPattern(twice("revenue", eur(revenue)))
        .containsPattern(
            twice(
                "cost per lead",
                eur(
                    cost.divide(
                        BigDecimal.valueOf(responses(campaign)), 2, RoundingMode.HALF_EVEN))))
        .containsPattern(
            twice(
                "cost per acquisition",
                eur(cost.divide(BigDecimal.valueOf(wins(campaign)), 2, RoundingMode.HALF_EVEN))))
        .containsPattern(twice("ROI", String.format(Locale.ROOT, "%.1f %%", roi * 100)));
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
    return captured(SampleSales.generate(SampleBank.generate(spec))).stream()
        .filter(l -> l.fate() == SampleSales.LeadFate.CONVERTED && l.duplicateOf() == null)
        .count();
  }

  /** The forms the demo captures itself: all but the campaign responses. */
  private static List<SampleSales.LeadForm> captured(SampleSales sales) {
    return sales.leads().stream().filter(l -> !l.fromCampaign()).toList();
  }

  /** Converted captured leads whose opportunity opens in {@code pipeline} (by interest). */
  private static long convertedInto(SampleSales sales, String pipeline) {
    return captured(sales).stream()
        .filter(l -> l.fate() == SampleSales.LeadFate.CONVERTED)
        .filter(
            l ->
                pipeline.equals(
                    switch (l.interest()) {
                      case INVESTMENT, SAVINGS, TERM_DEPOSIT -> "Wealth management";
                      default -> "Retail lending";
                    }))
        .count();
  }

  /** Members who respond (each a respond() call and a campaign-response lead). */
  private static long responses(SampleSales.CampaignPlan campaign) {
    return campaign.touches().stream()
        .filter(t -> t.path().contains(MemberStatus.RESPONDED))
        .count();
  }

  /** Responding members who convert: their response lead becomes a won opportunity. */
  private static long wins(SampleSales.CampaignPlan campaign) {
    return campaign.touches().stream().filter(t -> t.value() != null).count();
  }

  /** A row of the attribution table with the same figure under first and last touch. */
  private static String twice(String label, String figure) {
    String quoted = Pattern.quote(figure);
    return "\\R  " + label + "\\s+" + quoted + "\\s+" + quoted + "\\R";
  }

  private static String eur(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f EUR", amount);
  }
}
