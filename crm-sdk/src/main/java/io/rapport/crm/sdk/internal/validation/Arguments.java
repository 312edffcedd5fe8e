package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks of plain service-method arguments, reported like command violations. */
public final class Arguments {
  private Arguments() {}

  /**
   * Returns {@code value}.
   *
   * @throws CommandValidationException "{name} must not be null" for {@code method}
   */
  public static <T> T notNull(String method, T value, String name) {
    if (value == null) {
      throw new CommandValidationException(
          method, List.of(new Violation(name, "NotNull", "must not be null")));
    }
    return value;
  }

  /**
   * Returns {@code values} if neither it nor any element is null.
   *
   * @throws CommandValidationException at {@code name} if {@code values} is null, else at {@code
   *     name[i]} for every null element
   */
  public static <C extends Collection<?>> C elements(String method, C values, String name) {
    notNull(method, values, name);
    List<Violation> violations = new ArrayList<>();
    int index = 0;
    for (Object value : values) {
      if (value == null) {
        violations.add(new Violation(name + "[" + index + "]", "NotNull", "must not be null"));
      }
      index++;
    }
    if (!violations.isEmpty()) {
      throw new CommandValidationException(method, violations);
    }
    return values;
  }

  /**
   * Checks that {@code expectedVersion} is at least 1.
   *
   * @throws CommandValidationException otherwise
   */
  public static void version(String method, long expectedVersion) {
    if (expectedVersion < 1) {
      throw new CommandValidationException(
          method, List.of(new Violation("expectedVersion", "Positive", "must be greater than 0")));
    }
  }

  /**
   * Parses {@code text} as a decimal number for the command field {@code field}; null stays null
   * (the command's own {@code NotNull} rule reports it).
   *
   * @throws CommandValidationException "{field} must be a decimal number" for {@code command},
   *     without the text
   */
  public static BigDecimal decimal(String command, String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new CommandValidationException(
          command, List.of(new Violation(field, "Decimal", "must be a decimal number")));
    }
  }
}
