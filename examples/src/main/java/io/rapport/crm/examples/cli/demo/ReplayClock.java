package io.rapport.crm.examples.cli.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's clock: the system clock, except while the loader replays history, when it stands at
 * the moment of the step being replayed (so stage histories, consents and campaign events carry
 * their generated times). Thread-safe.
 */
final class ReplayClock extends Clock {
  private final Clock system = Clock.systemUTC();
  private final AtomicReference<Instant> replaying = new AtomicReference<>();

  /** Stands at {@code at} until {@link #live()}. */
  void at(Instant at) {
    replaying.set(at);
  }

  /** Back to the system clock. */
  void live() {
    replaying.set(null);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the demo clock is UTC only");
  }

  @Override
  public Instant instant() {
    Instant at = replaying.get();
    return at == null ? system.instant() : at;
  }
}
