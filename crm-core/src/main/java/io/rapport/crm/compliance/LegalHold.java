package io.rapport.crm.compliance;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A legal hold on a customer: while it is in place the customer's data must be kept (litigation, a
 * regulator's request, a retention duty), so erasure is refused with a {@link LegalHoldException}.
 *
 * @param customer the customer held
 * @param reason why, e.g. a case or ticket number (1 to 500 characters; not personal data)
 * @param placedAt when the hold was placed, truncated to microseconds
 * @param placedBy who placed it
 */
public record LegalHold(CustomerId customer, String reason, Instant placedAt, Actor placedBy) {
  /** The longest reason. */
  public static final int MAX_REASON_LENGTH = 500;

  /** Checks presence and the reason's length. */
  public LegalHold {
    Checks.notNull(customer, "customer");
    Checks.text(reason, "reason", MAX_REASON_LENGTH);
    Checks.notNull(placedAt, "placedAt");
    placedAt = placedAt.truncatedTo(ChronoUnit.MICROS);
    Checks.notNull(placedBy, "placedBy");
  }
}
