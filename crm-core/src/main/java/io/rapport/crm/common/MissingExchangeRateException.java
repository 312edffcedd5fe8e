package io.rapport.crm.common;

import java.time.LocalDate;
import java.util.Currency;

/** No exchange rate is known for a currency pair on a date, so a conversion cannot be made. */
public class MissingExchangeRateException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final Currency from;
  private final Currency to;
  private final LocalDate date;

  /** Creates "No exchange rate USD/EUR on 2026-03-31". */
  public MissingExchangeRateException(Currency from, Currency to, LocalDate date) {
    super(
        "No exchange rate " + from.getCurrencyCode() + "/" + to.getCurrencyCode() + " on " + date);
    this.from = from;
    this.to = to;
    this.date = date;
  }

  /** The currency converted from. */
  public Currency from() {
    return from;
  }

  /** The currency converted to. */
  public Currency to() {
    return to;
  }

  /** The date of the conversion. */
  public LocalDate date() {
    return date;
  }
}
