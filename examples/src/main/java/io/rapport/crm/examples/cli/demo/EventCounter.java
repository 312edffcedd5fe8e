package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.sdk.DomainEventListener;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the domain events delivered to it, by type. Thread-safe. */
final class EventCounter implements DomainEventListener {
  private final Map<String, LongAdder> byType = new ConcurrentHashMap<>();

  @Override
  public void on(DomainEvent event) {
    byType.computeIfAbsent(event.type(), type -> new LongAdder()).increment();
  }

  /** Events received so far. */
  long total() {
    return byType.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Events received so far by type, sorted by type. */
  Map<String, Long> byType() {
    Map<String, Long> counts = new TreeMap<>();
    byType.forEach((type, count) -> counts.put(type, count.sum()));
    return counts;
  }
}
