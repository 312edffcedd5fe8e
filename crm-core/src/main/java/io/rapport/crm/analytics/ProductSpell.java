package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a customer held one product: opened, and closed unless still open.
 *
 * @param opened the opening day
 * @param closed the closing day, or null while open
 */
public record ProductSpell(LocalDate opened, LocalDate closed) {
  /** Checks the closing day is not before the opening day. */
  public ProductSpell {
    Checks.notNull(opened, "opened");
    Checks.argument(
        closed == null || !closed.isBefore(opened),
        "closed",
        "closed %s is before opened %s",
        closed,
        opened);
  }

  /** The closing day, if closed. */
  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closed);
  }
}
