package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long one kind of record is kept, and what happens to it then. A record is due when the
 * instant it is measured from (a closing, the last change, a campaign's end) lies before {@link
 * #cutoff(Instant) now minus the period}, counted in calendar units in UTC.
 *
 * <pre>{@code
 * RetentionPolicy leads = RetentionPolicy.of(RetainedRecordType.DISQUALIFIED_LEAD, Period.ofYears(2));
 * }</pre>
 *
 * @param type the kind of record
 * @param period how long after its reference instant a record is kept; positive
 * @param action what happens to a due record; one of {@code type.actions()}
 */
public record RetentionPolicy(RetainedRecordType type, Period period, RetentionAction action) {
  /**
   * Checks presence, that the period is positive and that the action suits the type.
   *
   * @throws io.rapport.crm.common.InvalidValueException naming the field otherwise
   */
  public RetentionPolicy {
    Checks.notNull(type, "type");
    Checks.notNull(period, "period");
    Checks.argument(
        !period.isNegative() && !period.isZero(),
        "period",
        "period must be positive but was %s",
        period);
    Checks.notNull(action, "action");
    Checks.argument(
        type.actions().contains(action),
        "action",
        "action of %s must be one of %s but was %s",
        type,
        type.actions(),
        action);
  }

  /**
   * The policy keeping {@code type} for {@code period}, then taking its default action.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null or the period not
   *     positive
   */
  public static RetentionPolicy of(RetainedRecordType type, Period period) {
    Checks.notNull(type, "type");
    return new RetentionPolicy(type, period, type.defaultAction());
  }

  /** The instant before which records are due at {@code now}: now minus the period, in UTC. */
  public Instant cutoff(Instant now) {
    Checks.notNull(now, "now");
    return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
  }

  /** Whether a record measured from {@code since} is due at {@code now}. */
  public boolean isDue(Instant since, Instant now) {
    Checks.notNull(since, "since");
    return since.isBefore(cutoff(now));
  }
}
