package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/**
 * The id of one storing of computed customer scores, the record its audit entry and event name: a
 * time-ordered UUIDv7 made by the library's id source.
 *
 * @param value the UUID
 */
public record ScoreRunId(UUID value) {
  /** Checks presence. */
  public ScoreRunId {
    Checks.notNull(value, "scoreRunId");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
