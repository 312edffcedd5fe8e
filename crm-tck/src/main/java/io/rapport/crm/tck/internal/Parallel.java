package io.rapport.crm.tck.internal;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a body on several threads at once and waits for all of them; the first failure interrupts
 * the others and is rethrown. The wait is bounded only so that a deadlocked adapter fails the test
 * instead of hanging the build; no test asserts on time.
 */
public final class Parallel {
  /** How long to wait for the threads before declaring the adapter stuck. */
  public static final long STUCK_AFTER_SECONDS = 300;

  /** A body run on one thread; gets the thread's number, 0 to threads - 1. */
  @FunctionalInterface
  public interface Body {
    /** Runs on thread {@code thread}. */
    void run(int thread) throws Exception;
  }

  private Parallel() {}

  /**
   * Runs {@code body} on {@code threads} threads and rethrows the first failure, if any.
   *
   * @throws AssertionError if the threads do not finish in {@link #STUCK_AFTER_SECONDS}
   */
  public static void run(int threads, Body body) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CompletionService<Void> done = new ExecutorCompletionService<>(executor);
      for (int thread = 0; thread < threads; thread++) {
        int number = thread;
        done.submit(
            () -> {
              body.run(number);
              return null;
            });
      }
      for (int finished = 0; finished < threads; finished++) {
        Future<Void> next = done.poll(STUCK_AFTER_SECONDS, TimeUnit.SECONDS);
        if (next == null) {
          throw new AssertionError("threads still running after " + STUCK_AFTER_SECONDS + " s");
        }
        try {
          next.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Exception cause) {
            throw cause;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
