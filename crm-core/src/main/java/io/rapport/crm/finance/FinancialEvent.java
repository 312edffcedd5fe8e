package io.rapport.crm.finance;

import io.rapport.crm.common.Money;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;

/**
 * A dated money fact about a customer, imported from core banking: a revenue or cost {@link
 * FinancialLine}, or a {@link Purchase}. Immutable; identified by its {@link #type()} and {@link
 * #key()}, never changed once stored. Two events with the same type and key and equal values are
 * the same import; with other values, a conflict.
 */
public sealed interface FinancialEvent permits FinancialLine, Purchase {
  /** The host's id of the event, unique per tenant and {@link #type()}. */
  ExternalKey key();

  /** Which feed (and key space) the event belongs to. */
  FinancialEventType type();

  /** The customer the event is about. */
  CustomerId customer();

  /** The day the event is booked on. */
  LocalDate day();

  /** The amount, in a currency with a fixed number of decimals. */
  Money amount();
}
