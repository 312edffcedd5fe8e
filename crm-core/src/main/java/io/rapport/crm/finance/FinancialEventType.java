package io.rapport.crm.finance;

/**
 * The three feeds of financial events. Each has its own key space: an {@link ExternalKey} is unique
 * per tenant and type, since core banking numbers its revenue, cost and transaction lines apart.
 */
public enum FinancialEventType {
  /** Revenue lines: net interest margin, fees, commissions. */
  REVENUE,
  /** Cost lines: servicing, acquisition, risk provisions. */
  COST,
  /** Purchase (transaction) events, read by the lifetime-value and RFM models. */
  PURCHASE
}
