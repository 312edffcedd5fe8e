package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The opportunity a conversion opens in a pipeline, in the same unit of work as the conversion. It
 * sells the lead's interest (product type) to the converted customer, starts in the pipeline's
 * first open stage at the stage's default probability, and carries the lead as its source lead and,
 * for a campaign response, the lead's campaign.
 *
 * @param amount the expected amount in {@code currency}
 * @param expectedClose the expected close date
 * @param owner the employee who owns it; null for the lead's assigned owner (the conversion is
 *     refused at {@code opportunity.owner} when the lead has none either)
 */
public record LeadOpportunity(
    @NotNull PipelineId pipeline,
    @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 6) BigDecimal amount,
    @NotNull @CurrencyCode String currency,
    @NotNull LocalDate expectedClose,
    @Size(min = 1, max = 64) String owner) {

  /** An opportunity owned by the lead's assigned owner. */
  public static LeadOpportunity in(
      PipelineId pipeline, BigDecimal amount, String currency, LocalDate expectedClose) {
    return new LeadOpportunity(pipeline, amount, currency, expectedClose, null);
  }
}
