package io.rapport.crm.spi;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A storage adapter: the entry point crm-sdk talks to. Implementations are thread-safe.
 *
 * <p>All reads and writes happen inside {@link #inTransaction}: the repositories of one {@link
 * UnitOfWork} share one transaction, which commits when the work returns and rolls back, leaving
 * nothing behind, when it throws. A call made while the current thread is already inside a unit of
 * work joins it (the outer call decides commit or rollback).
 */
public interface CrmStorage {

  /**
   * Runs {@code work} in one transaction and returns its result.
   *
   * @throws RuntimeException whatever {@code work} throws, after rolling back
   * @throws StorageException if the storage itself fails (connection lost, commit refused)
   */
  <T> T inTransaction(Function<UnitOfWork, T> work);

  /** Runs {@code work} in one transaction; see {@link #inTransaction(Function)}. */
  default void inTransactionDo(Consumer<UnitOfWork> work) {
    inTransaction(
        unit -> {
          work.accept(unit);
          return null;
        });
  }

  /** The optional capabilities this adapter has; crm-tck skips tests needing missing ones. */
  Set<StorageFeature> features();

  /** A short name for diagnostics, e.g. {@code in-memory} or {@code jdbc:postgresql}. */
  String name();
}
