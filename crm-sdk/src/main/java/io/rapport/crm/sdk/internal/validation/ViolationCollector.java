package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns validated command values into core value types, collecting every refusal as a {@link
 * Violation} at the command's field path so one exception can report them all. Not thread-safe; one
 * per command.
 */
public final class ViolationCollector {
  private final String command;
  private final List<Violation> violations = new ArrayList<>();
  private InvalidValueException cause;

  /** A collector for the command named {@code command}, e.g. {@code RegisterCustomer}. */
  public ViolationCollector(String command) {
    this.command = command;
  }

  /** {@code prefix.name}, or {@code name} when the prefix is empty. */
  public static String join(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    if (name.isEmpty()) {
      return prefix;
    }
    return prefix + "." + name;
  }

  /**
   * Runs {@code make}; a refusal by a core type is recorded at {@code path}.
   *
   * @return the value, or null when it was refused
   */
  public <T> T at(String path, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValueException e) {
      refused(path, e);
      return null;
    }
  }

  /**
   * Runs {@code make}; a refusal by a core type is recorded at {@code path} with {@code message}
   * instead of the core type's message (for messages that would repeat the value).
   *
   * @return the value, or null when it was refused
   */
  public <T> T at(String path, String message, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValueException e) {
      violations.add(new Violation(path, Violation.INVALID_VALUE, message));
      if (cause == null) {
        cause = e;
      }
      return null;
    }
  }

  /**
   * Runs {@code make}; a refusal by a core type is recorded at {@code prefix} joined with the field
   * the core type names (core field names equal command field names).
   *
   * @return the value, or null when it was refused
   */
  public <T> T under(String prefix, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValueException e) {
      refused(join(prefix, e.field()), e);
      return null;
    }
  }

  private void refused(String path, InvalidValueException e) {
    violations.add(new Violation(path, Violation.INVALID_VALUE, e.getMessage()));
    if (cause == null) {
      cause = e;
    }
  }

  /** Records a broken SDK rule. */
  public void reject(String path, String rule, String message) {
    violations.add(new Violation(path, rule, message));
  }

  /** Whether nothing was refused so far. */
  public boolean valid() {
    return violations.isEmpty();
  }

  /**
   * Ends a conversion step.
   *
   * @throws CommandValidationException listing every refusal so far, if any
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new CommandValidationException(command, violations, cause);
    }
  }

  /**
   * Runs one conversion or aggregate operation.
   *
   * @throws CommandValidationException at {@code prefix} joined with the refused field, if a core
   *     type refuses a value
   */
  public static <T> T single(String command, String prefix, Supplier<T> make) {
    ViolationCollector collector = new ViolationCollector(command);
    T value = collector.under(prefix, make);
    collector.throwIfInvalid();
    return value;
  }

  /**
   * Runs one conversion or aggregate operation whose refusal belongs to the argument {@code path}.
   *
   * @throws CommandValidationException at {@code path}, if a core type refuses a value
   */
  public static <T> T singleAt(String command, String path, Supplier<T> make) {
    ViolationCollector collector = new ViolationCollector(command);
    T value = collector.at(path, make);
    collector.throwIfInvalid();
    return value;
  }
}
