package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.OpportunityId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Reopens a won or lost opportunity read at {@code expectedVersion} into an open stage; recorded in
 * the stage history like every other change.
 */
public record ReopenOpportunity(
    @NotNull OpportunityId id,
    @Positive long expectedVersion,
    @NotBlank @Size(max = 50) String stage) {

  /** {@code ReopenOpportunity.of(id, 4, "OFFER")}. */
  public static ReopenOpportunity of(OpportunityId id, long expectedVersion, String stage) {
    return new ReopenOpportunity(id, expectedVersion, stage);
  }
}
