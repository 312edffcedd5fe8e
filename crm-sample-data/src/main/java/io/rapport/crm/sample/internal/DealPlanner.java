package io.rapport.crm.sample.internal;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleSales;
import io.rapport.crm.sample.SampleSales.StagePlan;
import io.rapport.crm.sample.SampleSales.Step;
import io.rapport.crm.sample.SampleSales.StepKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Three pipelines (retail lending, wealth, SME banking) and opportunities opened over the 18 months
 * before the reference time, in EUR and about one in five in GBP: stage moves (sometimes skipping
 * one), wins, losses with reasons, and one loss reopened and won. Not thread-safe.
 */
final class DealPlanner {
  static final String RETAIL = "Retail lending";
  static final String WEALTH = "Wealth management";
  static final String SME = "SME banking";

  private final SampleBank bank;
  private final List<SampleSales.Employee> owners;
  private final Dice dice;
  private boolean reopened;

  DealPlanner(SampleBank bank, List<SampleSales.Employee> owners, Dice dice) {
    this.bank = bank;
    this.owners = owners;
    this.dice = dice;
  }

  static List<SampleSales.PipelinePlan> pipelines() {
    return List.of(
        new SampleSales.PipelinePlan(
            RETAIL,
            List.of(
                open("LEAD", "Lead", 10, ForecastCategory.PIPELINE),
                open("APPLICATION", "Application", 30, ForecastCategory.PIPELINE),
                open("OFFER", "Offer", 60, ForecastCategory.BEST_CASE),
                open("SIGNING", "Signing", 90, ForecastCategory.COMMIT),
                closed("WON", "Won", StageKind.WON),
                closed("LOST", "Lost", StageKind.LOST)),
            Map.of(
                "PRICE", "Rate not competitive",
                "CREDIT_DECLINED", "Credit declined",
                "WENT_SILENT", "Customer went silent")),
        new SampleSales.PipelinePlan(
            WEALTH,
            List.of(
                open("DISCOVERY", "Discovery", 10, ForecastCategory.PIPELINE),
                open("PROPOSAL", "Proposal", 40, ForecastCategory.BEST_CASE),
                open("COMMITMENT", "Commitment", 80, ForecastCategory.COMMIT),
                closed("WON", "Won", StageKind.WON),
                closed("LOST", "Lost", StageKind.LOST)),
            Map.of(
                "FEES", "Fees too high",
                "COMPETITOR", "Stayed with competitor",
                "NO_DECISION", "No decision")),
        new SampleSales.PipelinePlan(
            SME,
            List.of(
                open("QUALIFY", "Qualify", 15, ForecastCategory.PIPELINE),
                open("CREDIT_REVIEW", "Credit review", 40, ForecastCategory.PIPELINE),
                open("TERM_SHEET", "Term sheet", 70, ForecastCategory.BEST_CASE),
                open("DOCS", "Documentation", 90, ForecastCategory.COMMIT),
                closed("WON", "Won", StageKind.WON),
                closed("LOST", "Lost", StageKind.LOST)),
            Map.of(
                "PRICE", "Pricing",
                "CREDIT_DECLINED", "Credit declined",
                "COLLATERAL", "Insufficient collateral")));
  }

  List<SampleSales.OpportunityPlan> opportunities() {
    List<Customer> persons = active(false);
    List<Customer> organisations = active(true);
    int count = Math.max(30, bank.customers().size() / 12);
    List<SampleSales.OpportunityPlan> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = dice.weighted(55, 25, organisations.isEmpty() ? 0 : 20);
      List<Customer> pool = kind == 2 ? organisations : persons;
      if (pool.isEmpty()) {
        continue;
      }
      result.add(opportunity(pipelines().get(kind), dice.pick(pool)));
    }
    return result;
  }

  private SampleSales.OpportunityPlan opportunity(SampleSales.PipelinePlan pipeline, Customer c) {
    Instant reference = bank.spec().referenceTime();
    Instant opened = reference.minus(Duration.ofDays(dice.between(3, 540)));
    long ageDays = Duration.between(opened, reference).toDays();
    ProductType product;
    double median;
    switch (pipeline.name()) {
      case RETAIL -> {
        product = dice.chance(0.6) ? ProductType.MORTGAGE : ProductType.PERSONAL_LOAN;
        median = product == ProductType.MORTGAGE ? 220_000 : 18_000;
      }
      case WEALTH -> {
        product = ProductType.INVESTMENT;
        median = 150_000;
      }
      default -> {
        product = ProductType.PERSONAL_LOAN;
        median = 80_000;
      }
    }
    BigDecimal amount =
        BigDecimal.valueOf(Math.max(1, Math.round(dice.logNormal(median, 0.4) / 1000)) * 1000L)
            .setScale(2);
    String currency = dice.chance(0.2) ? "GBP" : "EUR";
    List<StagePlan> open =
        pipeline.stages().stream().filter(s -> s.kind() == StageKind.OPEN).toList();
    int outcome = ageDays > 120 ? dice.weighted(45, 35, 20) : dice.weighted(15, 15, 70);
    List<String> lostCodes = pipeline.lostReasons().keySet().stream().sorted().toList();
    List<Step> steps = new ArrayList<>();
    int stage = 0;
    int target = outcome == 0 ? open.size() - 1 : dice.between(0, open.size() - 1);
    while (stage < target) {
      stage += stage + 2 <= target && dice.chance(0.15) ? 2 : 1;
      steps.add(new Step(StepKind.MOVE, open.get(stage).code(), null, null, null));
    }
    if (outcome == 0) {
      steps.add(new Step(StepKind.WIN, null, null, won(amount), null));
    } else if (outcome == 1) {
      steps.add(new Step(StepKind.LOSE, null, dice.pick(lostCodes), null, null));
      if (!reopened && ageDays > 200) {
        reopened = true;
        steps.add(new Step(StepKind.REOPEN, open.get(stage).code(), null, null, null));
        steps.add(new Step(StepKind.WIN, null, null, won(amount), null));
      }
    }
    List<Step> timed = new ArrayList<>();
    long span = Duration.between(opened, reference).toSeconds();
    for (int j = 0; j < steps.size(); j++) {
      long offset = (long) (span * ((j + 1 + dice.unit() * 0.5) / (steps.size() + 1.5)));
      Step step = steps.get(j);
      timed.add(
          new Step(
              step.kind(), step.stage(), step.reason(), step.amount(), opened.plusSeconds(offset)));
    }
    LocalDate closing =
        outcome == 2
            ? bank.spec().referenceDate().plusDays(dice.between(10, 270))
            : LocalDate.ofInstant(opened, ZoneOffset.UTC).plusDays(dice.between(30, 120));
    return new SampleSales.OpportunityPlan(
        pipeline.name(),
        c.id(),
        product,
        amount,
        currency,
        dice.pick(owners).id(),
        opened,
        closing,
        timed);
  }

  private BigDecimal won(BigDecimal amount) {
    return amount
        .multiply(BigDecimal.valueOf(dice.between(90, 105)))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .setScale(2);
  }

  private List<Customer> active(boolean organisations) {
    return bank.customers().stream()
        .filter(c -> c.status() == CustomerStatus.ACTIVE)
        .filter(
            c -> organisations ? c.party() instanceof Organisation : c.party() instanceof Person)
        .toList();
  }

  private static StagePlan open(String code, String name, int probability, ForecastCategory c) {
    return new StagePlan(code, name, StageKind.OPEN, probability, c);
  }

  private static StagePlan closed(String code, String name, StageKind kind) {
    return new StagePlan(
        code, name, kind, kind == StageKind.WON ? 100 : 0, ForecastCategory.OMITTED);
  }
}
