package io.rapport.crm.sample.internal;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleSales.FinanceRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two years of financial events before the reference date: per customer and held product one
 * revenue line a year (margin, fee or commission by product), per customer one servicing cost line
 * a year, and for about seven in ten customers with holdings card or product purchases drawn from a
 * buy-till-you-die process (customer-specific purchase rate, dropout and typical spend), so that
 * BG/NBD and Gamma-Gamma have something to find. Not thread-safe.
 */
final class FinancePlanner {
  static final int YEARS = 2;

  private final SampleBank bank;
  private final Dice dice;

  FinancePlanner(SampleBank bank, Dice dice) {
    this.bank = bank;
    this.dice = dice;
  }

  List<FinanceRow> rows() {
    Map<CustomerId, List<Holding>> byCustomer = new LinkedHashMap<>();
    for (Holding holding : bank.holdings()) {
      byCustomer.computeIfAbsent(holding.customer(), k -> new ArrayList<>()).add(holding);
    }
    LocalDate reference = bank.spec().referenceDate();
    String prefix = "fin-" + bank.spec().seed() + "-";
    List<FinanceRow> rows = new ArrayList<>();
    for (Map.Entry<CustomerId, List<Holding>> entry : byCustomer.entrySet()) {
      CustomerId customer = entry.getKey();
      String currency = entry.getValue().get(0).balance().currency().getCurrencyCode();
      for (int year = 0; year < YEARS; year++) {
        LocalDate yearEnd = reference.minusYears(year).minusDays(dice.between(1, 20));
        for (Holding holding : entry.getValue()) {
          ProductType product = holding.productType();
          rows.add(
              new FinanceRow(
                  prefix + rows.size(),
                  customer,
                  product,
                  revenueKind(product),
                  yearEnd,
                  amount(revenueMedian(product)),
                  holding.balance().currency().getCurrencyCode()));
        }
        rows.add(
            new FinanceRow(
                prefix + rows.size(),
                customer,
                null,
                LineKind.SERVICING,
                yearEnd,
                amount(60),
                currency));
      }
      if (dice.chance(0.7)) {
        purchases(rows, prefix, customer, currency, reference);
      }
    }
    return rows;
  }

  /**
   * One customer's purchases as a buy-till-you-die process (the story BG/NBD tells): a first
   * purchase in the first year, then purchases at a customer-specific rate (log-normal across
   * customers, median 2 a year) until the customer drops out, which happens after each purchase
   * with a customer-specific probability (0 to 0.5). Amounts scatter around a customer-specific
   * typical spend (log-normal, median 150), which is what Gamma-Gamma models.
   */
  private void purchases(
      List<FinanceRow> rows,
      String prefix,
      CustomerId customer,
      String currency,
      LocalDate reference) {
    double perYear = dice.logNormal(2.0, 0.8);
    double dropout = dice.unit() * dice.unit() * 0.5;
    double typicalSpend = dice.logNormal(150, 0.5);
    double horizon = 365.0 * YEARS;
    double day = dice.unit() * 365.0;
    while (day < horizon) {
      rows.add(
          new FinanceRow(
              prefix + rows.size(),
              customer,
              null,
              null,
              reference.minusDays(365L * YEARS).plusDays((long) day),
              amount(typicalSpend, 0.3),
              currency));
      if (dice.chance(dropout)) {
        return;
      }
      day += -StrictMath.log(1.0 - dice.unit()) * 365.0 / perYear;
    }
  }

  private BigDecimal amount(double median, double spread) {
    return BigDecimal.valueOf(dice.logNormal(median, spread)).setScale(2, RoundingMode.HALF_UP);
  }

  private BigDecimal amount(double median) {
    return BigDecimal.valueOf(dice.logNormal(median, 0.6)).setScale(2, RoundingMode.HALF_UP);
  }

  private static LineKind revenueKind(ProductType product) {
    return switch (product) {
      case CURRENT_ACCOUNT, CREDIT_CARD -> LineKind.FEE;
      case INVESTMENT, INSURANCE -> LineKind.COMMISSION;
      default -> LineKind.NET_INTEREST_MARGIN;
    };
  }

  private static double revenueMedian(ProductType product) {
    return switch (product) {
      case MORTGAGE -> 1800;
      case PERSONAL_LOAN -> 450;
      case INVESTMENT -> 900;
      case SAVINGS, TERM_DEPOSIT -> 120;
      default -> 90;
    };
  }
}
