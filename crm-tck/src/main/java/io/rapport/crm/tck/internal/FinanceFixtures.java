package io.rapport.crm.tck.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Financial events for the finance contracts: keys numbered in creation order, customers with fixed
 * ids whose canonical text order is their letter order.
 */
public final class FinanceFixtures {
  private final AtomicInteger keys = new AtomicInteger();

  /** Fixtures with keys numbered from 1. */
  public FinanceFixtures() {}

  /**
   * The customer with the fixed id ending in {@code letter} (a to f, hex digits); ids sort by
   * letter.
   */
  public static CustomerId customer(char letter) {
    return CustomerId.of("01930000-0000-7000-8000-00000000000" + letter);
  }

  /** {@code LocalDate.parse(text)}. */
  public static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  /** The next key, {@code K-1}, {@code K-2}... */
  public ExternalKey nextKey() {
    return ExternalKey.of("K-" + keys.incrementAndGet());
  }

  /** A purchase with the next key. */
  public Purchase purchase(CustomerId customer, String day, String amount, String currency) {
    return Purchase.of(nextKey(), customer, day(day), Money.of(amount, currency));
  }

  /** A revenue or cost line with the next key. */
  public FinancialLine line(
      CustomerId customer,
      ProductType product,
      LineKind kind,
      String day,
      String amount,
      String currency) {
    return new FinancialLine(
        nextKey(), customer, product, kind, day(day), Money.of(amount, currency));
  }
}
