package io.rapport.crm.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the live heap of a step: after every garbage collection during the step it adds up the
 * heap pools' usage after the collection (live data plus what the collector left for later) and
 * keeps the highest sum. Unlike sampling the used heap, garbage waiting for the next collection
 * does not count, so the figure shows what the step keeps, not what it allocates.
 */
final class HeapSampler implements AutoCloseable {
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  private final List<Registration> registrations = new ArrayList<>();

  private record Registration(NotificationEmitter emitter, NotificationListener listener) {}

  private HeapSampler() {
    NotificationListener listener =
        (notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long live = 0;
          for (Map.Entry<String, MemoryUsage> pool :
              info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
              live += pool.getValue().getUsed();
            }
          }
          collections.incrementAndGet();
          peakAfterGc.accumulateAndGet(live, Math::max);
        };
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        registrations.add(new Registration(emitter, listener));
      }
    }
  }

  /** Starts measuring. */
  static HeapSampler start() {
    return new HeapSampler();
  }

  /** Runs the collector a few times and returns the used heap, i.e. the live data, after it. */
  static long settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The highest heap usage seen right after a collection, in bytes (0 if none ran). */
  long peak() {
    return peakAfterGc.get();
  }

  /** How many collections ran. */
  long collections() {
    return collections.get();
  }

  @Override
  public void close() {
    for (Registration registration : registrations) {
      try {
        registration.emitter().removeNotificationListener(registration.listener());
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
