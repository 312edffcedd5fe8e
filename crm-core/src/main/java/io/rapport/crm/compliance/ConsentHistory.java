package io.rapport.crm.compliance;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The consent history of one subject, oldest first, and the one question the library asks of it:
 * {@link #mayContact}. Records of one purpose and channel are read in time order (then by id); the
 * last one at or before the asked time decides.
 */
public record ConsentHistory(ConsentSubject subject, List<ConsentRecord> records) {
  private static final Comparator<ConsentRecord> ORDER =
      Comparator.comparing(ConsentRecord::at).thenComparing(r -> r.id().value().toString());

  /** Sorts the records and checks that they all belong to the subject. */
  public ConsentHistory {
    Checks.notNull(subject, "subject");
    records = Checks.list(records, "records").stream().sorted(ORDER).toList();
    for (ConsentRecord record : records) {
      Checks.argument(
          record.subject().equals(subject),
          "records",
          "record %s belongs to another subject",
          record.id());
    }
  }

  /** An empty history: nothing was ever asked. */
  public static ConsentHistory empty(ConsentSubject subject) {
    return new ConsentHistory(subject, List.of());
  }

  /**
   * May the subject be contacted for {@code purpose} over {@code channel} at {@code at}?
   *
   * <ul>
   *   <li>last record GRANTED or CONFIRMED, not past its expiry: allowed, GRANTED since its time;
   *       past its expiry: refused, EXPIRED since the expiry time;
   *   <li>last record REQUESTED: refused, PENDING_CONFIRMATION since the request (a request past
   *       its expiry: EXPIRED);
   *   <li>last record WITHDRAWN or EXPIRED: refused for that reason since its time;
   *   <li>no record: refused as NEVER_ASKED, except for {@link ConsentPurpose#SERVICE_MESSAGES},
   *       which are allowed (SERVICE_MESSAGE) unless withdrawn for that purpose itself. Records of
   *       other purposes (a marketing opt-out) never decide a service message.
   * </ul>
   */
  public ContactDecision mayContact(ConsentPurpose purpose, ConsentChannel channel, Instant at) {
    Checks.notNull(purpose, "purpose");
    Checks.notNull(channel, "channel");
    Checks.notNull(at, "at");
    ConsentRecord last = null;
    for (ConsentRecord record : records) {
      if (record.purpose() == purpose && record.channel() == channel && !record.at().isAfter(at)) {
        last = record;
      }
    }
    if (last == null) {
      return purpose == ConsentPurpose.SERVICE_MESSAGES
          ? ContactDecision.allow(ConsentReason.SERVICE_MESSAGE, null)
          : ContactDecision.refuse(ConsentReason.NEVER_ASKED, null);
    }
    if (last.expiresAt() != null && !last.expiresAt().isAfter(at)) {
      return ContactDecision.refuse(ConsentReason.EXPIRED, last.expiresAt());
    }
    return switch (last.action()) {
      case GRANTED, CONFIRMED -> ContactDecision.allow(ConsentReason.GRANTED, last.at());
      case REQUESTED -> ContactDecision.refuse(ConsentReason.PENDING_CONFIRMATION, last.at());
      case WITHDRAWN -> ContactDecision.refuse(ConsentReason.WITHDRAWN, last.at());
      case EXPIRED -> ContactDecision.refuse(ConsentReason.EXPIRED, last.at());
    };
  }

  /**
   * Whether a CONFIRMED record may follow now: the last record of the purpose and channel at or
   * before {@code at} is a pending, unexpired REQUESTED.
   */
  public boolean awaitsConfirmation(ConsentPurpose purpose, ConsentChannel channel, Instant at) {
    return mayContact(purpose, channel, at).reason() == ConsentReason.PENDING_CONFIRMATION;
  }
}
