package io.rapport.crm.sample.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleSales;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link SampleSales} from a bank: owners, then marketing, leads, deals and finance, each
 * from its own seeded dice so that changing one part does not reshuffle the others. Not
 * thread-safe; one per generation.
 */
public final class SalesGenerator {
  private static final String[] SKILLS = {"MORTGAGE", "INVESTMENT", "PERSONAL_LOAN", "SAVINGS"};
  private static final int OWNERS = 6;

  private final SampleBank bank;

  /** A generator for the sales data of {@code bank}. */
  public SalesGenerator(SampleBank bank) {
    this.bank = bank;
  }

  /** Generates the data. */
  public SampleSales generate() {
    long seed = bank.spec().seed();
    List<SampleSales.Employee> employees = employees(new Dice(seed ^ 0x5a1e5L));
    MarketingPlanner marketing = new MarketingPlanner(bank, new Dice(seed ^ 0xca3a1L));
    LeadPlanner leads = new LeadPlanner(bank, new Dice(seed ^ 0x1ead5L));
    DealPlanner deals = new DealPlanner(bank, employees, new Dice(seed ^ 0xdea15L));
    FinancePlanner finance = new FinancePlanner(bank, new Dice(seed ^ 0xf1aaL));
    return new SampleSales(
        bank.spec(),
        employees,
        leads.leads(),
        marketing.consents(),
        DealPlanner.pipelines(),
        deals.opportunities(),
        marketing.campaign(),
        finance.rows());
  }

  private List<SampleSales.Employee> employees(Dice dice) {
    Map<EmployeeId, BranchCode> owners = new LinkedHashMap<>();
    bank.customers().stream()
        .filter(c -> c.owner() != null && c.branch() != null)
        .sorted(Comparator.comparing((Customer c) -> c.owner().toString()))
        .forEach(c -> owners.putIfAbsent(c.owner(), c.branch()));
    List<SampleSales.Employee> result = new ArrayList<>();
    for (Map.Entry<EmployeeId, BranchCode> owner : owners.entrySet()) {
      if (result.size() == OWNERS) {
        break;
      }
      String first = dice.pick(SKILLS);
      String second = dice.pick(SKILLS);
      result.add(
          new SampleSales.Employee(
              owner.getKey(),
              owner.getValue(),
              dice.between(4, 12) * 5,
              new TreeSet<>(List.of(first, second))));
    }
    if (result.isEmpty()) {
      result.add(
          new SampleSales.Employee(
              EmployeeId.of("rm-1"), BranchCode.of("HQ"), 40, Set.of("MORTGAGE")));
    }
    return result;
  }
}
