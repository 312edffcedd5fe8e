package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.OpportunityId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Loses an open opportunity read at {@code expectedVersion}.
 *
 * @param reason a lost-reason code of the pipeline's latest definition
 */
public record LoseOpportunity(
    @NotNull OpportunityId id,
    @Positive long expectedVersion,
    @NotBlank @Size(max = 50) String reason,
    @NotNull LocalDate lostOn) {

  /** {@code LoseOpportunity.of(id, 3, "PRICE", day)}. */
  public static LoseOpportunity of(
      OpportunityId id, long expectedVersion, String reason, LocalDate lostOn) {
    return new LoseOpportunity(id, expectedVersion, reason, lostOn);
  }
}
