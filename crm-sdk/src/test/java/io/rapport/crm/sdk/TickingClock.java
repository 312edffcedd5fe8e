package io.rapport.crm.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that starts at a fixed instant and moves one second forward on every reading. */
final class TickingClock extends Clock {
  private Instant next;

  TickingClock(Instant start) {
    this.next = start;
  }

  static TickingClock startingAt(String instant) {
    return new TickingClock(Instant.parse(instant));
  }

  @Override
  public synchronized Instant instant() {
    Instant now = next;
    next = next.plus(Duration.ofSeconds(1));
    return now;
  }

  /** The instant the next reading returns, without reading. */
  synchronized Instant peek() {
    return next;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock stays in UTC");
  }
}
