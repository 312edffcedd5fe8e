package io.rapport.crm.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock that stands still until a test moves it, forwards or backwards. */
public final class MutableClock extends Clock {
  private long millis;

  /** A clock standing at {@code millis} since the epoch. */
  public MutableClock(long millis) {
    this.millis = millis;
  }

  /** Moves the clock to {@code millis}. */
  public synchronized void set(long millis) {
    this.millis = millis;
  }

  /** Moves the clock by {@code delta} milliseconds (negative steps back). */
  public synchronized void advance(long delta) {
    this.millis += delta;
  }

  @Override
  public synchronized long millis() {
    return millis;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock is UTC only");
  }
}
