package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.OpportunityId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Moves an open opportunity read at {@code expectedVersion} to another open stage (forwards,
 * backwards or skipping stages).
 *
 * @param probability within the target stage's bounds; null for its default
 */
public record MoveOpportunity(
    @NotNull OpportunityId id,
    @Positive long expectedVersion,
    @NotBlank @Size(max = 50) String stage,
    @Min(0) @Max(100) Integer probability) {

  /** A move to {@code stage} at its default probability. */
  public static MoveOpportunity to(OpportunityId id, long expectedVersion, String stage) {
    return new MoveOpportunity(id, expectedVersion, stage, null);
  }
}
