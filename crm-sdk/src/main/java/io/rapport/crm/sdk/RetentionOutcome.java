package io.rapport.crm.sdk;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.compliance.RetentionAction;
import java.time.Instant;
import java.util.Optional;

/**
 * What one retention run did to one record type. Counts are those of this run only; a run that
 * resumed an interrupted one names the key it resumed after.
 *
 * @param type the record type
 * @param action the policy's action
 * @param cutoff records measured from before this instant were due (a resumed run keeps the cutoff
 *     of the run it resumes)
 * @param examined due records selected
 * @param processed records erased, anonymised or deleted, as {@code action} says
 * @param held due records left alone because they are under a legal hold (closed customers)
 * @param skipped due records left alone because there was nothing left to do (a closed customer
 *     erased before)
 * @param batches batches committed
 * @param resumedFrom the key after which this run resumed an interrupted one; null for a fresh run
 * @param unavailable why the type could not be processed (e.g. erasure is not available); null when
 *     it was
 */
public record RetentionOutcome(
    RetainedRecordType type,
    RetentionAction action,
    Instant cutoff,
    long examined,
    long processed,
    long held,
    long skipped,
    int batches,
    String resumedFrom,
    String unavailable) {
  /**
   * Checks presence and counts.
   *
   * @throws io.rapport.crm.common.InvalidValueException naming the field otherwise
   */
  public RetentionOutcome {
    Checks.notNull(type, "type");
    Checks.notNull(action, "action");
    Checks.notNull(cutoff, "cutoff");
    Checks.argument(examined >= 0, "examined", "examined must not be negative");
    Checks.argument(held >= 0, "held", "held must not be negative but was %s", held);
    Checks.argument(skipped >= 0, "skipped", "skipped must not be negative but was %s", skipped);
    Checks.argument(
        processed >= 0 && processed + held + skipped <= examined,
        "processed",
        "processed + held + skipped must be 0..examined (%s) but was %s",
        examined,
        processed + held + skipped);
    Checks.argument(batches >= 0, "batches", "batches must not be negative");
  }

  /** Records erased: {@link #processed()} when the action is ERASE, else 0. */
  public long erased() {
    return action == RetentionAction.ERASE ? processed : 0;
  }

  /** Records anonymised: {@link #processed()} when the action is ANONYMISE, else 0. */
  public long anonymised() {
    return action == RetentionAction.ANONYMISE ? processed : 0;
  }

  /** Records deleted: {@link #processed()} when the action is DELETE, else 0. */
  public long deleted() {
    return action == RetentionAction.DELETE ? processed : 0;
  }

  /** The key an interrupted run was resumed after, if this run resumed one. */
  public Optional<String> resumed() {
    return Optional.ofNullable(resumedFrom);
  }

  /** Whether the type could not be processed, and {@link #unavailable()} says why. */
  public boolean isUnavailable() {
    return unavailable != null;
  }
}
