package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The opportunity a conversion opens in a pipeline. Opportunities belong to the pipeline context,
 * which this version of the SDK does not include yet: a conversion naming one is refused with a
 * {@link CommandValidationException} at {@code opportunity} until it does.
 *
 * @param amount the expected amount in {@code currency}
 * @param expectedClose may be null
 */
public record LeadOpportunity(
    @NotNull PipelineId pipeline,
    @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 6) BigDecimal amount,
    @NotNull @CurrencyCode String currency,
    LocalDate expectedClose) {}
