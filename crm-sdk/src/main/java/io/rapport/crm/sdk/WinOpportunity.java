package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Wins an open opportunity read at {@code expectedVersion}, with the amount actually booked (any
 * currency) and the day.
 */
public record WinOpportunity(
    @NotNull OpportunityId id,
    @Positive long expectedVersion,
    @NotNull @PositiveOrZero BigDecimal actualAmount,
    @NotNull @CurrencyCode String currency,
    @NotNull LocalDate wonOn) {

  /**
   * {@code WinOpportunity.of(id, 3, "245000.00", "EUR", day)}.
   *
   * @throws CommandValidationException at {@code actualAmount} if {@code amount} is not a decimal
   *     number
   */
  public static WinOpportunity of(
      OpportunityId id, long expectedVersion, String amount, String currency, LocalDate wonOn) {
    return new WinOpportunity(
        id,
        expectedVersion,
        Arguments.decimal("WinOpportunity", "actualAmount", amount),
        currency,
        wonOn);
  }
}
