package io.rapport.crm.inmemory;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.inmemory.internal.Store;
import io.rapport.crm.inmemory.internal.Unit;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.spi.UnitOfWork;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The in-memory storage adapter: every storage port held in the heap, for tests, demos and
 * single-process tools. Passes the whole crm-tck.
 *
 * <p>Thread-safe. Units of work run one at a time: {@link #inTransaction} holds one fair lock for
 * the whole unit, so a unit never sees another's uncommitted writes and audit chains never fork. A
 * unit's writes stay private to it and are published all at once when the work returns; when the
 * work throws they are dropped, leaving nothing behind. A call made inside a unit on the same
 * thread joins that unit. Data lives as long as this object ({@link StorageFeature#DURABLE} is not
 * declared).
 */
public final class InMemoryStorage implements CrmStorage {
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Store store = new Store();
  private final ThreadLocal<Unit> current = new ThreadLocal<>();

  private InMemoryStorage() {}

  /** A new, empty storage. */
  public static InMemoryStorage create() {
    return new InMemoryStorage();
  }

  /**
   * Runs {@code work} in one unit of work and returns its result; joins the current thread's unit
   * when there is one.
   *
   * @throws RuntimeException whatever {@code work} throws, unchanged, after dropping the unit's
   *     writes (or, when joined, leaving that decision to the outer call)
   * @throws io.rapport.crm.common.InvalidValueException if {@code work} is null
   */
  @Override
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    Checks.notNull(work, "work");
    Unit joined = current.get();
    if (joined != null && joined.active()) {
      return work.apply(joined);
    }
    lock.lock();
    Unit unit = store.open();
    current.set(unit);
    try {
      T result = work.apply(unit);
      unit.commit();
      return result;
    } finally {
      unit.end();
      current.remove();
      lock.unlock();
    }
  }

  /** {@link StorageFeature#CONCURRENT_ACCESS} only. */
  @Override
  public Set<StorageFeature> features() {
    return EnumSet.of(StorageFeature.CONCURRENT_ACCESS);
  }

  /** {@code in-memory}. */
  @Override
  public String name() {
    return "in-memory";
  }

  @Override
  public String toString() {
    return "InMemoryStorage";
  }
}
