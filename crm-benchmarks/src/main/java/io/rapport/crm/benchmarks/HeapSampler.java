package io.rapport.crm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the peak, to show that
 * a step's memory stays flat. A sample, not an exact peak: short spikes between samples are missed.
 */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 10;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler() {
    peak = used();
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Collects garbage, then starts sampling. */
  static HeapSampler start() {
    settle();
    return new HeapSampler();
  }

  /** Runs the collector a few times so the used heap reflects live data only. */
  static long settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, used());
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest used heap seen so far, in bytes. */
  long peak() {
    return peak;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
