package io.rapport.crm.sdk;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A revenue or cost line as core banking books it:
 *
 * <pre>{@code
 * RecordFinancialLine.of("GL-2025-000123", customerId, LineKind.FEE,
 *         LocalDate.of(2025, 1, 31), "2.50", "EUR")
 *     .forProduct(ProductType.CURRENT_ACCOUNT);
 * }</pre>
 *
 * Beyond the annotations, importing checks what the domain demands: costs, fees and commissions are
 * not negative (a net interest margin may be), the amount has at most the currency's decimals and
 * 18 integer digits, the day lies in the years 1900 to 9999, and the customer exists.
 *
 * @param externalKey the core-banking line id, unique per tenant among lines of the same side
 * @param customer the customer
 * @param product the product; null for a customer-level line
 * @param kind what the line is for; decides revenue or cost
 * @param day the booking day
 * @param amount the amount
 * @param currency the ISO 4217 code of the amount
 */
public record RecordFinancialLine(
    @NotBlank @Size(max = 128) String externalKey,
    @NotNull CustomerId customer,
    ProductType product,
    @NotNull LineKind kind,
    @NotNull LocalDate day,
    @NotNull BigDecimal amount,
    @NotNull @CurrencyCode String currency)
    implements FinanceCommand {

  /**
   * A customer-level line; see {@link #forProduct}.
   *
   * @throws CommandValidationException at {@code amount} if it is not a decimal number
   */
  public static RecordFinancialLine of(
      String externalKey,
      CustomerId customer,
      LineKind kind,
      LocalDate day,
      String amount,
      String currency) {
    return new RecordFinancialLine(
        externalKey,
        customer,
        null,
        kind,
        day,
        Arguments.decimal("RecordFinancialLine", "amount", amount),
        currency);
  }

  /** This line, booked on {@code productType}. */
  public RecordFinancialLine forProduct(ProductType productType) {
    return new RecordFinancialLine(externalKey, customer, productType, kind, day, amount, currency);
  }
}
