package io.rapport.crm.analytics;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Customer profitability analysis with activity-based costing.
 *
 * <pre>
 * profit(customer) = Σ revenue − Σ direct cost − Σ_driver count(customer, driver) · unitCost(driver)
 * </pre>
 *
 * <p>Unit costs are the host's ({@code Map<String, Money>} from driver to cost); an activity whose
 * driver has no unit cost is refused rather than silently priced at zero. Households and segments
 * add up their customers; a product adds up its lines and the activities whose driver is the
 * product code (channel activities are not attributed to products). Every amount must be in the
 * given currency ({@link io.rapport.crm.common.CurrencyMismatchException} otherwise).
 */
public final class Profitability {
  private Profitability() {}

  /** One profit per customer that has a line or an activity, ordered by customer id. */
  public static List<CustomerProfit> perCustomer(
      Currency currency,
      Collection<ProfitLine> lines,
      Collection<Activity> activities,
      Map<String, Money> unitCosts) {
    Map<String, CustomerProfit> byCustomer = new TreeMap<>();
    add(
        currency,
        lines,
        activities,
        unitCosts,
        l -> l.customer().toString(),
        a -> a.customer().toString(),
        byCustomer);
    return List.copyOf(byCustomer.values());
  }

  /** One profit per product code, from its lines and the activities driven by the product. */
  public static List<CustomerProfit> perProduct(
      Currency currency,
      Collection<ProfitLine> lines,
      Collection<Activity> activities,
      Map<String, Money> unitCosts) {
    Map<String, CustomerProfit> byProduct = new TreeMap<>();
    Set<String> products = new HashSet<>();
    lines.forEach(l -> products.add(l.product()));
    List<Activity> productActivities =
        activities.stream().filter(a -> products.contains(a.driver())).toList();
    add(
        currency,
        lines,
        productActivities,
        unitCosts,
        ProfitLine::product,
        Activity::driver,
        byProduct);
    return List.copyOf(byProduct.values());
  }

  /**
   * Adds customer profits up by group (a household or a segment); customers without a group are
   * left out. Ordered by group.
   */
  public static List<CustomerProfit> perGroup(
      List<CustomerProfit> customerProfits, Map<CustomerId, String> groupOfCustomer) {
    Checks.notNull(customerProfits, "customerProfits");
    Checks.notNull(groupOfCustomer, "groupOfCustomer");
    Map<String, String> groupByKey = new LinkedHashMap<>();
    groupOfCustomer.forEach((customer, group) -> groupByKey.put(customer.toString(), group));
    Map<String, CustomerProfit> byGroup = new TreeMap<>();
    for (CustomerProfit profit : customerProfits) {
      String group = groupByKey.get(profit.key());
      if (group != null) {
        byGroup.merge(
            group,
            new CustomerProfit(
                group,
                profit.customers(),
                profit.revenue(),
                profit.directCost(),
                profit.allocatedCost()),
            (left, right) -> left.plus(group, right));
      }
    }
    return List.copyOf(byGroup.values());
  }

  /**
   * The whale curve: customers ranked by descending profit, with the cumulative profit after each
   * one as a share of the total profit (it typically rises above 1, then falls back to exactly 1).
   *
   * @throws io.rapport.crm.common.InvalidValueException if the total profit is zero or negative
   */
  public static List<WhalePoint> whaleCurve(List<CustomerProfit> customerProfits) {
    List<CustomerProfit> ranked = ranked(customerProfits);
    BigDecimal total =
        ranked.stream().map(p -> p.profit().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    Checks.argument(total.signum() > 0, "customerProfits", "the total profit must be positive");
    List<WhalePoint> points = new ArrayList<>(ranked.size());
    Money cumulative = Money.zero(ranked.get(0).profit().currency());
    for (int i = 0; i < ranked.size(); i++) {
      cumulative = cumulative.plus(ranked.get(i).profit());
      points.add(
          new WhalePoint(
              i + 1,
              (i + 1) / (double) ranked.size(),
              cumulative,
              cumulative.amount().doubleValue() / total.doubleValue()));
    }
    return points;
  }

  /**
   * Profit deciles: customers ranked by descending profit (ties by key); the customer at 0-based
   * rank {@code i} of {@code n} is in decile {@code ⌊10 i / n⌋ + 1} (1 = most profitable), so the
   * deciles differ in size by at most one when {@code n ≥ 10}, and some are empty when {@code n <
   * 10}. Always ten entries, keyed "decile 1" … "decile 10".
   */
  public static List<CustomerProfit> deciles(List<CustomerProfit> customerProfits) {
    List<CustomerProfit> ranked = ranked(customerProfits);
    Money zero = Money.zero(ranked.get(0).profit().currency());
    List<CustomerProfit> deciles = new ArrayList<>(10);
    for (int decile = 1; decile <= 10; decile++) {
      deciles.add(new CustomerProfit("decile " + decile, 0, zero, zero, zero));
    }
    int n = ranked.size();
    for (int rank = 0; rank < n; rank++) {
      int index = (int) (10L * rank / n);
      CustomerProfit sum = deciles.get(index);
      deciles.set(index, sum.plus(sum.key(), ranked.get(rank)));
    }
    return deciles;
  }

  private static List<CustomerProfit> ranked(List<CustomerProfit> customerProfits) {
    List<CustomerProfit> profits = Checks.list(customerProfits, "customerProfits");
    Checks.argument(!profits.isEmpty(), "customerProfits", "customerProfits must not be empty");
    return profits.stream()
        .sorted(
            Comparator.comparing((CustomerProfit p) -> p.profit().amount())
                .reversed()
                .thenComparing(CustomerProfit::key))
        .toList();
  }

  private static void add(
      Currency currency,
      Collection<ProfitLine> lines,
      Collection<Activity> activities,
      Map<String, Money> unitCosts,
      Function<ProfitLine, String> lineKey,
      Function<Activity, String> activityKey,
      Map<String, CustomerProfit> into) {
    Checks.notNull(currency, "currency");
    Checks.notNull(lines, "lines");
    Checks.notNull(activities, "activities");
    Checks.notNull(unitCosts, "unitCosts");
    Money zero = Money.zero(currency);
    Map<String, Set<CustomerId>> customersOfKey = new HashMap<>();
    for (ProfitLine line : lines) {
      customersOfKey
          .computeIfAbsent(lineKey.apply(line), k -> new HashSet<>())
          .add(line.customer());
      Money revenue = line.kind() == ProfitLine.Kind.REVENUE ? line.amount() : zero;
      Money cost = line.kind() == ProfitLine.Kind.DIRECT_COST ? line.amount() : zero;
      String key = lineKey.apply(line);
      into.merge(key, new CustomerProfit(key, 0, revenue, cost, zero), (l, r) -> l.plus(key, r));
    }
    for (Activity activity : activities) {
      Money unitCost = unitCosts.get(activity.driver());
      Checks.argument(
          unitCost != null, "unitCosts", "no unit cost for driver %s", activity.driver());
      Money allocated =
          unitCost.times(BigDecimal.valueOf(activity.count()), RoundingMode.HALF_EVEN);
      String key = activityKey.apply(activity);
      customersOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(activity.customer());
      into.merge(key, new CustomerProfit(key, 0, zero, zero, allocated), (l, r) -> l.plus(key, r));
    }
    into.replaceAll(
        (key, profit) ->
            new CustomerProfit(
                key,
                customersOfKey.get(key).size(),
                profit.revenue(),
                profit.directCost(),
                profit.allocatedCost()));
  }
}
