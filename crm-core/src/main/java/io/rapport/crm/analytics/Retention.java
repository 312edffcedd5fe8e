package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Churn and retention from dated customer facts, with a host-definable churn rule ({@link
 * CustomerTenure#defaultChurnDate} unless given).
 *
 * <ul>
 *   <li>{@code churn rate(month) = churned during the month / customers at its start}; {@code
 *       retention rate = 1 − churn rate}.
 *   <li>Cohort matrix: customers grouped by acquisition month; cell {@code k} is the share of the
 *       cohort not churned on or before the last day of month {@code cohort + k}.
 *   <li>Early warning: customers whose BG/NBD P(alive) is below a threshold, lowest first.
 * </ul>
 */
public final class Retention {
  private Retention() {}

  /** Monthly churn and retention from {@code first} to {@code last} with the default rule. */
  public static List<PeriodRetention> monthly(
      List<CustomerTenure> customers, YearMonth first, YearMonth last) {
    return monthly(customers, first, last, CustomerTenure::defaultChurnDate);
  }

  /** Monthly churn and retention from {@code first} to {@code last} with the host's rule. */
  public static List<PeriodRetention> monthly(
      List<CustomerTenure> customers,
      YearMonth first,
      YearMonth last,
      Function<CustomerTenure, Optional<LocalDate>> churnRule) {
    Checks.notNull(first, "first");
    Checks.notNull(last, "last");
    Checks.argument(!last.isBefore(first), "last", "last %s is before first %s", last, first);
    List<Dated> dated = dated(customers, churnRule);
    List<PeriodRetention> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      LocalDate start = month.atDay(1);
      LocalDate end = month.atEndOfMonth();
      int atStart = 0;
      int churned = 0;
      int acquired = 0;
      for (Dated customer : dated) {
        if (customer.acquired.isBefore(start) && customer.activeOn(start.minusDays(1))) {
          atStart++;
          if (!customer.activeOn(end)) {
            churned++;
          }
        } else if (!customer.acquired.isBefore(start) && !customer.acquired.isAfter(end)) {
          acquired++;
        }
      }
      double churnRate = atStart == 0 ? 0 : churned / (double) atStart;
      months.add(new PeriodRetention(month, atStart, churned, acquired, churnRate, 1 - churnRate));
    }
    return months;
  }

  /** The cohort matrix up to and including {@code last}, with the default churn rule. */
  public static List<CohortRetention> cohorts(List<CustomerTenure> customers, YearMonth last) {
    return cohorts(customers, last, CustomerTenure::defaultChurnDate);
  }

  /** The cohort matrix up to and including {@code last}, with the host's churn rule. */
  public static List<CohortRetention> cohorts(
      List<CustomerTenure> customers,
      YearMonth last,
      Function<CustomerTenure, Optional<LocalDate>> churnRule) {
    Checks.notNull(last, "last");
    Map<YearMonth, List<Dated>> byCohort = new TreeMap<>();
    for (Dated customer : dated(customers, churnRule)) {
      YearMonth cohort = YearMonth.from(customer.acquired);
      if (!cohort.isAfter(last)) {
        byCohort.computeIfAbsent(cohort, c -> new ArrayList<>()).add(customer);
      }
    }
    List<CohortRetention> rows = new ArrayList<>();
    byCohort.forEach(
        (cohort, members) -> {
          List<Double> retained = new ArrayList<>();
          for (YearMonth month = cohort; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            long active = members.stream().filter(m -> m.activeOn(end)).count();
            retained.add(active / (double) members.size());
          }
          rows.add(new CohortRetention(cohort, members.size(), retained));
        });
    return rows;
  }

  /**
   * The customers whose BG/NBD probability of being alive is below {@code threshold}, lowest first
   * (ties by id): an early-warning list for retention teams.
   */
  public static List<Map.Entry<CustomerId, Double>> earlyWarning(
      BgNbdModel model, Map<CustomerId, RepeatBuying> customers, double threshold) {
    Checks.notNull(model, "model");
    Checks.notNull(customers, "customers");
    return customers.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), model.probabilityAlive(e.getValue())))
        .filter(e -> e.getValue() < threshold)
        .sorted(
            Comparator.comparing((Map.Entry<CustomerId, Double> e) -> e.getValue())
                .thenComparing(e -> e.getKey().value()))
        .toList();
  }

  private static List<Dated> dated(
      List<CustomerTenure> customers, Function<CustomerTenure, Optional<LocalDate>> churnRule) {
    Checks.notNull(churnRule, "churnRule");
    return Checks.list(customers, "customers").stream()
        .map(c -> new Dated(c.acquired(), churnRule.apply(c).orElse(null)))
        .toList();
  }

  /** A customer's acquisition and churn day (null if not churned). */
  private record Dated(LocalDate acquired, LocalDate churned) {
    /**
     * Whether a customer at the end of {@code day}: acquired on or before it, not churned by it.
     */
    boolean activeOn(LocalDate day) {
      return !acquired.isAfter(day) && (churned == null || churned.isAfter(day));
    }
  }
}
