package io.rapport.crm.common;

import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, the version, a 12-bit counter that keeps ids
 * from one millisecond in order (method 1 of section 6.2), the variant and 62 random bits. Ids are
 * strictly increasing per source, also when the clock stands still or steps back.
 */
final class UuidV7Source implements IdSource {
  private final Clock clock;
  private final Random random;
  private long lastMillis = -1;
  private int counter;

  UuidV7Source(Clock clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  @Override
  public synchronized UUID nextUuid() {
    long millis = Math.max(clock.millis(), lastMillis);
    if (millis == lastMillis) {
      counter++;
      if (counter > 0xFFF) {
        millis++;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastMillis = millis;
    long most = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
    long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(most, least);
  }
}
