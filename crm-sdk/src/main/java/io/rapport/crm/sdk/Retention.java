package io.rapport.crm.sdk;

import io.rapport.crm.compliance.RetentionPolicy;
import java.time.Instant;
import java.util.List;

/**
 * Applies retention policies: records kept longer than their policy allows are erased, anonymised
 * or deleted, in batches of at most {@code batchSize} records per unit of work. Each batch commits
 * with a checkpoint (per tenant and record type), so a run stopped by a crash or a failure resumes
 * after its last committed batch, and a run after a complete one finds nothing to do. Meant to be
 * scheduled (nightly, say) by the host. Thread-safe, but two runs for one tenant must not overlap.
 *
 * <pre>{@code
 * Crm crm = Crm.builder().storage(storage)
 *     .retention(List.of(RetentionPolicy.of(RetainedRecordType.DISQUALIFIED_LEAD, Period.ofYears(2))))
 *     .build();
 * RetentionReport report = crm.retention().applyRetention(caller, Instant.now());
 * }</pre>
 */
public interface Retention {
  /** The number of records per batch unless a call says otherwise. */
  int DEFAULT_BATCH_SIZE = 500;

  /** The policies configured with {@link Crm.Builder#retention(List)}, in record type order. */
  List<RetentionPolicy> policies();

  /**
   * Applies the configured policies at {@code now} in batches of {@value #DEFAULT_BATCH_SIZE}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null
   * @throws io.rapport.crm.spi.StorageException if storage fails; committed batches stay, and the
   *     next run resumes after them
   */
  default RetentionReport applyRetention(Caller caller, Instant now) {
    return applyRetention(caller, now, DEFAULT_BATCH_SIZE);
  }

  /**
   * Applies the configured policies at {@code now} in batches of {@code batchSize} records.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null or {@code batchSize}
   *     is not 1 to 10,000
   * @throws io.rapport.crm.spi.StorageException if storage fails; committed batches stay, and the
   *     next run resumes after them
   */
  default RetentionReport applyRetention(Caller caller, Instant now, int batchSize) {
    return applyRetention(caller, now, batchSize, policies());
  }

  /**
   * Applies {@code policies} (instead of the configured ones) at {@code now} in batches of {@code
   * batchSize} records. Each record type is processed to its end before the next starts, in record
   * type order.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null, {@code batchSize}
   *     is not 1 to 10,000, or two policies name the same record type
   * @throws io.rapport.crm.spi.StorageException if storage fails; committed batches stay, and the
   *     next run resumes after them
   */
  RetentionReport applyRetention(
      Caller caller, Instant now, int batchSize, List<RetentionPolicy> policies);
}
