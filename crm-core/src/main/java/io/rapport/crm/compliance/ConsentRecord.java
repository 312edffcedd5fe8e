package io.rapport.crm.compliance;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of a subject's append-only consent history: a grant, request (double opt-in),
 * confirmation, withdrawal or expiry of consent for one purpose over one channel. Never changed
 * once stored. Holds no personal data beyond the subject's id.
 *
 * @param source where the consent was captured, e.g. {@code web-form:signup} or {@code branch:LDN}
 * @param wordingVersion the version of the consent text shown, e.g. {@code mkt-2025-01}
 * @param expiresAt when a grant or confirmation lapses; null for no expiry, and for other actions
 */
public record ConsentRecord(
    ConsentRecordId id,
    ConsentSubject subject,
    ConsentPurpose purpose,
    ConsentChannel channel,
    ConsentAction action,
    Instant at,
    String source,
    String wordingVersion,
    Instant expiresAt) {

  /** The longest source or wording version accepted. */
  public static final int MAX_TEXT = 100;

  /** Checks presence, lengths and that an expiry follows the record. */
  public ConsentRecord {
    Checks.notNull(id, "id");
    Checks.notNull(subject, "subject");
    Checks.notNull(purpose, "purpose");
    Checks.notNull(channel, "channel");
    Checks.notNull(action, "action");
    at = Checks.notNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    Checks.text(source, "source", MAX_TEXT);
    Checks.text(wordingVersion, "wordingVersion", MAX_TEXT);
    if (expiresAt != null) {
      Checks.argument(
          action == ConsentAction.GRANTED
              || action == ConsentAction.CONFIRMED
              || action == ConsentAction.REQUESTED,
          "expiresAt",
          "only a grant, request or confirmation may expire, not %s",
          action);
      expiresAt = expiresAt.truncatedTo(ChronoUnit.MICROS);
      Checks.argument(
          expiresAt.isAfter(at), "expiresAt", "expiresAt must follow the time of the record");
    }
  }
}
