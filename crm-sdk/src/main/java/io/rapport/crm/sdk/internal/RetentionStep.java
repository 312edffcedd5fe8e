package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.List;

/**
 * What retention does for one record type: select a keyset page of due records, and process one
 * page inside the batch's unit of work. Keys travel through checkpoints as text.
 *
 * @param <K> the record key
 */
interface RetentionStep<K> {
  /** At most {@code limit} keys of due records after {@code after} (null: from the start). */
  List<K> select(UnitOfWork unit, TenantId tenant, Instant cutoff, K after, int limit);

  /** Processes the records of {@code keys}; returns how many were processed, held or skipped. */
  BatchCounts process(Changes changes, List<K> keys);

  /** The key as checkpoint text. */
  String text(K key);

  /** The key of checkpoint text. */
  K parse(String text);
}
