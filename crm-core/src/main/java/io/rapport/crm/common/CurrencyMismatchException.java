package io.rapport.crm.common;

import java.util.Currency;

/** Arithmetic or comparison across two currencies; convert with a dated rate first. */
public class CurrencyMismatchException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final Currency left;
  private final Currency right;

  /** Creates "Currency mismatch: EUR/USD". */
  public CurrencyMismatchException(Currency left, Currency right) {
    super("Currency mismatch: " + left.getCurrencyCode() + "/" + right.getCurrencyCode());
    this.left = left;
    this.right = right;
  }

  /** The currency of the left operand. */
  public Currency left() {
    return left;
  }

  /** The currency of the right operand. */
  public Currency right() {
    return right;
  }
}
