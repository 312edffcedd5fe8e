package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Shared by the hostile-input properties of the facades that take ids, versions and loose
 * arguments: a second tenant whose records must stay out of reach, generators of bad text, and the
 * one check every hostile call must pass.
 */
abstract class HostileFixture extends SdkFixture {
  final Caller stranger = Caller.of(TenantId.of("t-other-" + UUID.randomUUID()), Actor.user("x-1"));

  /**
   * One hostile call. {@code paths} are the violations it must list (empty when the refusal is a
   * business one: unknown id, stale version, wrong state); {@code rejected} the caller's texts that
   * no message may repeat; a query that {@code mayAnswer} may also return normally (an empty answer
   * to a search for garbage is fine).
   */
  record Hostile(
      String method,
      boolean mayAnswer,
      Set<String> paths,
      List<String> rejected,
      ThrowingCallable call) {
    @Override
    public String toString() {
      return method + paths;
    }
  }

  /** A call refused as invalid, listing every one of {@code paths}. */
  static Hostile invalid(
      String method, Set<String> paths, ThrowingCallable call, String... rejected) {
    return new Hostile(method, false, paths, texts(rejected), call);
  }

  /** A call refused for what is stored (unknown or foreign id, stale version, wrong state). */
  static Hostile refused(String method, ThrowingCallable call, String... rejected) {
    return new Hostile(method, false, Set.of(), texts(rejected), call);
  }

  /** A query that may answer, but if it refuses, refuses cleanly. */
  static Hostile query(String method, ThrowingCallable call, String... rejected) {
    return new Hostile(method, true, Set.of(), texts(rejected), call);
  }

  private static List<String> texts(String... rejected) {
    return Arrays.stream(rejected).filter(text -> text != null).toList();
  }

  /** Null, blank or longer than {@code max}: never valid where a required text is expected. */
  static Arbitrary<String> badRequiredText(int max) {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.strings().withChars(" \t\n\r\u000B\f").ofMinLength(0).ofMaxLength(8),
        oversized(max));
  }

  /** Longer than {@code max}, mixing letters, digits, control characters and markup. */
  static Arbitrary<String> oversized(int max) {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("\u0000\u0007\u001b<>'\";%${}")
        .ofMinLength(max + 1)
        .ofMaxLength(max + 40)
        .map(text -> "Zq" + text);
  }

  /** Versions no record ever has: zero and negative. */
  static Arbitrary<Long> badVersion() {
    return Arbitraries.oneOf(
        Arbitraries.of(0L, Long.MIN_VALUE), Arbitraries.longs().between(-1_000_000L, -1L));
  }

  /**
   * Runs {@code hostile} and checks the promise: only CrmExceptions, every path, no echo, no write.
   */
  void assertRefusedCleanly(Hostile hostile) {
    // given
    Object before = stored();

    // when
    Throwable thrown = catchThrowable(hostile.call());

    // then
    if (!hostile.mayAnswer() || thrown != null) {
      assertThat(thrown).as(hostile.toString()).isInstanceOf(CrmException.class);
    }
    if (!hostile.paths().isEmpty()) {
      assertThat(paths(thrown)).as(hostile.toString()).containsAll(hostile.paths());
    }
    String[] echoes = echoes(hostile.rejected());
    assertThat(thrown == null ? List.<String>of() : messages(thrown))
        .allSatisfy(message -> assertFreeOf(message, echoes));
    assertThat(stored()).as(hostile.toString()).isEqualTo(before);
  }

  /** What a refused call must leave untouched; subclasses add the records they attack. */
  Object stored() {
    return List.of(String.valueOf(auditHead()), pendingEvents().size(), customerCount());
  }

  /** The fields a validation failure names: every violation's, or the one of a core value check. */
  private static List<String> paths(Throwable thrown) {
    if (thrown instanceof CommandValidationException refused) {
      return refused.violations().stream().map(Violation::path).toList();
    }
    if (thrown instanceof InvalidValueException invalid) {
      return List.of(invalid.field());
    }
    return List.of();
  }

  /** The distinctive part of each rejected text: stripped, at least 3 and at most 64 characters. */
  static String[] echoes(List<String> rejected) {
    List<String> echoes = new ArrayList<>();
    for (String value : rejected) {
      String text = value.strip();
      if (text.length() >= 3) {
        echoes.add(text.length() > 64 ? text.substring(0, 64) : text);
      }
    }
    return echoes.toArray(String[]::new);
  }

  /** The message of {@code thrown}, its violations and every cause. */
  static List<String> messages(Throwable thrown) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
      messages.add(t.toString());
    }
    if (thrown instanceof CommandValidationException refused) {
      messages.add(refused.violations().toString());
    }
    return messages;
  }
}
