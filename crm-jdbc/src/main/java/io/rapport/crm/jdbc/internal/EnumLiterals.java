package io.rapport.crm.jdbc.internal;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * SQL literals for enum constants stored by name, generated from the enum so a status list in a
 * statement cannot drift from the domain's own definition. Constant names are Java identifiers, so
 * the quoted text never needs escaping.
 */
final class EnumLiterals {
  private EnumLiterals() {}

  /** {@code 'NAME'}: one constant as a literal. */
  static String of(Enum<?> constant) {
    return "'" + constant.name() + "'";
  }

  /** {@code 'A', 'B'}: the constants of {@code type} that {@code include} accepts, in order. */
  static <E extends Enum<E>> String list(Class<E> type, Predicate<E> include) {
    return Arrays.stream(type.getEnumConstants())
        .filter(include)
        .map(EnumLiterals::of)
        .collect(Collectors.joining(", "));
  }

  /** {@code 'A', 'B'}: the given constants, in order. */
  static String list(Enum<?>... constants) {
    return Arrays.stream(constants).map(EnumLiterals::of).collect(Collectors.joining(", "));
  }
}
