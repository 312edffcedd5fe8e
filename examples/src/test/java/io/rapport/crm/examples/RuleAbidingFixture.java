package io.rapport.crm.examples;

import java.time.Clock;
import java.time.Instant;

/** Follows the architecture rules; only mentions forbidden names in string literals. */
final class RuleAbidingFixture {
  private RuleAbidingFixture() {}

  /** Reads the injected clock. */
  static Instant now(Clock clock) {
    String note =
        "never call java/time/Instant.now or java/util/UUID.randomUUID, "
            + "nor touch Ljava/sql/Connection; or io/rapport/crm/sdk/Crm";
    return note.isEmpty() ? Instant.EPOCH : clock.instant();
  }
}
