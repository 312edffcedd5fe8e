package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.Violation;
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
}
