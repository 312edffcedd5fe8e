package io.rapport.crm.common;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where new ids come from. The domain never calls {@code UUID.randomUUID()}: it is handed an id
 * source, so tests can make ids deterministic. Implementations are thread-safe.
 */
@FunctionalInterface
public interface IdSource {

  /** The next id; never {@code null}, never repeated by the same source. */
  UUID nextUuid();

  /** The next id wrapped in a typed id, e.g. {@code ids.next(CustomerId::new)}. */
  default <T> T next(Function<UUID, T> type) {
    return type.apply(nextUuid());
  }

  /** Time-ordered UUIDv7 ids (RFC 9562) from {@code clock} and a {@link SecureRandom}. */
  static IdSource uuidV7(Clock clock) {
    return new UuidV7Source(clock, new SecureRandom());
  }

  /**
   * Time-ordered UUIDv7 ids from {@code clock} and a pseudo-random generator seeded with {@code
   * seed}: the same clock readings and seed give the same ids, for tests and demo data.
   */
  static IdSource seededUuidV7(Clock clock, long seed) {
    return new UuidV7Source(clock, new Random(seed));
  }
}
