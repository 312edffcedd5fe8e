package io.rapport.crm.spi;

/** Optional capabilities of a storage adapter; crm-tck runs the tests of declared ones only. */
public enum StorageFeature {
  /** Units of work are safe to run from many threads at once. */
  CONCURRENT_ACCESS,
  /** Data outlives the storage object (a database rather than the heap). */
  DURABLE,
  /** Can run inside a transaction the host application already holds. */
  EXTERNAL_TRANSACTIONS,
  /** Analytics queries run inside the store (SQL {@code GROUP BY}) rather than in the JVM. */
  QUERY_PUSHDOWN
}
