package io.rapport.crm.finance;

/** What a revenue or cost line is for; {@link #type()} says which side it belongs to. */
public enum LineKind {
  /** Net interest margin earned on a product; may be negative (a negative spread). */
  NET_INTEREST_MARGIN(FinancialEventType.REVENUE, true),
  /** Fees charged; never negative (a refund is a servicing cost, not a negative fee). */
  FEE(FinancialEventType.REVENUE, false),
  /** Commissions earned; never negative. */
  COMMISSION(FinancialEventType.REVENUE, false),
  /** Cost of serving the customer (branch, contact centre, statements); never negative. */
  SERVICING(FinancialEventType.COST, false),
  /** Cost of acquiring the customer or selling the product; never negative. */
  ACQUISITION(FinancialEventType.COST, false),
  /** Risk cost: loan-loss provision or write-off; never negative. */
  RISK_PROVISION(FinancialEventType.COST, false);

  private final FinancialEventType type;
  private final boolean mayBeNegative;

  LineKind(FinancialEventType type, boolean mayBeNegative) {
    this.type = type;
    this.mayBeNegative = mayBeNegative;
  }

  /** {@link FinancialEventType#REVENUE} or {@link FinancialEventType#COST}. */
  public FinancialEventType type() {
    return type;
  }

  /** Whether a line of this kind may carry a negative amount. */
  public boolean mayBeNegative() {
    return mayBeNegative;
  }
}
