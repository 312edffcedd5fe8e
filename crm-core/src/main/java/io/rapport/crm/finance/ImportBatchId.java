package io.rapport.crm.finance;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/**
 * The id of one batch of imported financial events, the record its audit entry and event name: a
 * time-ordered UUIDv7 made by the library's id source.
 */
public record ImportBatchId(UUID value) {
  /** Checks presence. */
  public ImportBatchId {
    Checks.notNull(value, "importBatchId");
  }

  /** Parses the canonical UUID form. */
  public static ImportBatchId of(String value) {
    Checks.notNull(value, "importBatchId");
    try {
      return new ImportBatchId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("importBatchId", "importBatchId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
