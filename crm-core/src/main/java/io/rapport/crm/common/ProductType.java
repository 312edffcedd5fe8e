package io.rapport.crm.common;

/** The kind of banking product: what a customer holds, a lead asks for, or an opportunity sells. */
public enum ProductType {
  /** Current or checking account. */
  CURRENT_ACCOUNT,
  /** Savings account. */
  SAVINGS,
  /** Term (fixed) deposit. */
  TERM_DEPOSIT,
  /** Mortgage loan. */
  MORTGAGE,
  /** Unsecured personal loan. */
  PERSONAL_LOAN,
  /** Credit card; its reference is always a truncated card number or a contract number. */
  CREDIT_CARD,
  /** Investment account or portfolio. */
  INVESTMENT,
  /** Insurance policy. */
  INSURANCE
}
