package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IdSourceTest {
  private static final long T0 = 1_726_000_000_000L;

  @Test
  void uuidV7_newIds_haveVersion7AndVariant2() {
    // given
    IdSource ids = IdSource.uuidV7(new MutableClock(T0));

    // when
    List<UUID> generated = generate(ids, 100);

    // then
    assertThat(generated).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    assertThat(generated).allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
  }

  @Test
  void uuidV7_firstIdOfAMillisecond_carriesTheClockMillis() {
    // given
    MutableClock clock = new MutableClock(T0);
    IdSource ids = IdSource.uuidV7(clock);

    // when
    UUID first = ids.nextUuid();
    clock.advance(37);
    UUID later = ids.nextUuid();

    // then
    assertThat(timestamp(first)).isEqualTo(T0);
    assertThat(timestamp(later)).isEqualTo(T0 + 37);
    assertThat(first.toString()).startsWith(String.format("%08x", T0 >>> 16));
  }

  @Test
  void uuidV7_clockStandsStill_idsStrictlyIncrease() {
    // given
    IdSource ids = IdSource.uuidV7(new MutableClock(T0));

    // when
    List<UUID> generated = generate(ids, 1_000);

    // then
    assertStrictlyIncreasing(generated);
    assertThat(generated).allSatisfy(id -> assertThat(timestamp(id)).isEqualTo(T0));
  }

  @Test
  void uuidV7_moreThan4096IdsInOneMillisecond_keepIncreasingIntoTheNextMillisecond() {
    // given
    IdSource ids = IdSource.uuidV7(new MutableClock(T0));

    // when
    List<UUID> generated = generate(ids, 3 * 4096 + 5);

    // then
    assertStrictlyIncreasing(generated);
    assertThat(new HashSet<>(generated)).hasSize(generated.size());
    assertThat(timestamp(generated.get(4095))).isEqualTo(T0);
    assertThat(timestamp(generated.get(4096))).isEqualTo(T0 + 1);
    assertThat(generated).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
  }

  @Test
  void uuidV7_clockStepsBack_idsStillIncrease() {
    // given
    MutableClock clock = new MutableClock(T0);
    IdSource ids = IdSource.uuidV7(clock);
    UUID before = ids.nextUuid();

    // when
    clock.set(T0 - 60_000);
    UUID afterStepBack = ids.nextUuid();
    clock.set(T0 + 5);
    UUID afterRecovery = ids.nextUuid();

    // then
    assertStrictlyIncreasing(List.of(before, afterStepBack, afterRecovery));
    assertThat(timestamp(afterStepBack)).isEqualTo(T0);
    assertThat(timestamp(afterRecovery)).isEqualTo(T0 + 5);
  }

  @Property(tries = 50)
  void uuidV7_anyClockMovements_idsStrictlyIncrease(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = -3, max = 3) Integer> steps,
      @ForAll @IntRange(min = 1, max = 30) int idsPerStep) {
    // given
    MutableClock clock = new MutableClock(T0);
    IdSource ids = IdSource.uuidV7(clock);
    List<UUID> generated = new ArrayList<>();

    // when
    for (int step : steps) {
      clock.advance(step);
      generated.addAll(generate(ids, idsPerStep));
    }

    // then
    assertStrictlyIncreasing(generated);
  }

  @Property(tries = 30)
  void seededUuidV7_sameClockAndSeed_givesSameIds(
      @ForAll long seed, @ForAll @LongRange(min = 0, max = 1L << 47) long start) {
    // given
    IdSource first = IdSource.seededUuidV7(new MutableClock(start), seed);
    IdSource second = IdSource.seededUuidV7(new MutableClock(start), seed);

    // when
    List<UUID> a = generate(first, 50);
    List<UUID> b = generate(second, 50);

    // then
    assertThat(a).isEqualTo(b);
    assertStrictlyIncreasing(a);
  }

  @Test
  void seededUuidV7_otherSeed_givesOtherRandomBits() {
    // given
    IdSource first = IdSource.seededUuidV7(new MutableClock(T0), 1);
    IdSource second = IdSource.seededUuidV7(new MutableClock(T0), 2);

    // when
    UUID a = first.nextUuid();
    UUID b = second.nextUuid();

    // then
    assertThat(a).isNotEqualTo(b);
    assertThat(a.getMostSignificantBits()).isEqualTo(b.getMostSignificantBits());
  }

  @Test
  void uuidV7_concurrentCallers_neverGetTheSameId() throws Exception {
    // given
    IdSource ids = IdSource.uuidV7(new MutableClock(T0));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<UUID>>> futures = new ArrayList<>();

    // when
    try {
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> generate(ids, 5_000)));
      }
      Set<UUID> all = new HashSet<>();
      for (Future<List<UUID>> future : futures) {
        List<UUID> perThread = future.get();
        assertStrictlyIncreasing(perThread);
        all.addAll(perThread);
      }

      // then
      assertThat(all).hasSize(20_000);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void next_typedId_wrapsTheNextUuid() {
    // given
    UUID fixed = UUID.fromString("0190a4b2-7c1e-7000-8000-000000000001");
    IdSource ids = () -> fixed;

    // when
    EventId id = ids.next(EventId::new);

    // then
    assertThat(id.value()).isEqualTo(fixed);
    assertThat(id).hasToString(fixed.toString());
  }

  static long timestamp(UUID id) {
    return id.getMostSignificantBits() >>> 16;
  }

  private static List<UUID> generate(IdSource ids, int count) {
    List<UUID> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(ids.nextUuid());
    }
    return out;
  }

  private static void assertStrictlyIncreasing(List<UUID> ids) {
    for (int i = 1; i < ids.size(); i++) {
      UUID previous = ids.get(i - 1);
      UUID current = ids.get(i);
      assertThat(compareUnsigned(previous, current))
          .as("id %s at %s must be above %s", current, i, previous)
          .isNegative();
      assertThat(previous.toString()).isLessThan(current.toString());
    }
  }

  private static int compareUnsigned(UUID a, UUID b) {
    int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return most != 0
        ? most
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
