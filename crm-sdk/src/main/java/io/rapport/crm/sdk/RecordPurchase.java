package io.rapport.crm.sdk;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase (transaction) of a customer, as the lifetime-value and RFM models read it:
 *
 * <pre>{@code
 * RecordPurchase.of("TX-88812", customerId, LocalDate.of(2025, 2, 1), "49.90", "EUR");
 * }</pre>
 *
 * Importing also checks that the amount is not negative (a refund is not a purchase), has at most
 * the currency's decimals and 18 integer digits, that the day lies in the years 1900 to 9999 and
 * that the customer exists.
 *
 * @param externalKey the core-banking transaction id, unique per tenant among purchases
 * @param customer the customer
 * @param day the day of the purchase
 * @param amount the value
 * @param currency the ISO 4217 code of the value
 */
public record RecordPurchase(
    @NotBlank @Size(max = 128) String externalKey,
    @NotNull CustomerId customer,
    @NotNull LocalDate day,
    @NotNull BigDecimal amount,
    @NotNull @CurrencyCode String currency)
    implements FinanceCommand {

  /**
   * The purchase with the amount as text.
   *
   * @throws CommandValidationException at {@code amount} if it is not a decimal number
   */
  public static RecordPurchase of(
      String externalKey, CustomerId customer, LocalDate day, String amount, String currency) {
    return new RecordPurchase(
        externalKey,
        customer,
        day,
        Arguments.decimal("RecordPurchase", "amount", amount),
        currency);
  }
}
