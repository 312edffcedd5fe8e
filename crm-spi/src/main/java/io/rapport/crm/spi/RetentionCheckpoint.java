package io.rapport.crm.spi;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.RetainedRecordType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How far an unfinished retention run got for one tenant and record type: written in the unit of
 * work of each batch, so that a run stopped by a crash resumes after its last committed batch, and
 * removed when the run completes.
 *
 * @param type the record type
 * @param runId the run that wrote it, 1 to 36 characters
 * @param cutoff the cutoff of that run (records changed before it were due); a resumed run keeps it
 * @param lastKey the key of the last record of the last committed batch, 1 to 100 characters
 * @param processed records processed by the run so far
 * @param batches batches committed by the run so far
 */
public record RetentionCheckpoint(
    RetainedRecordType type,
    String runId,
    Instant cutoff,
    String lastKey,
    long processed,
    int batches) {
  /**
   * Checks presence, lengths and counts; truncates the cutoff to microseconds.
   *
   * @throws io.rapport.crm.common.InvalidValueException naming the field otherwise
   */
  public RetentionCheckpoint {
    Checks.notNull(type, "type");
    Checks.text(runId, "runId", 36);
    cutoff = Checks.notNull(cutoff, "cutoff").truncatedTo(ChronoUnit.MICROS);
    Checks.text(lastKey, "lastKey", 100);
    Checks.argument(processed >= 0, "processed", "processed must not be negative");
    Checks.argument(batches >= 1, "batches", "batches must be at least 1");
  }
}
