package io.rapport.crm.sdk.internal.validation;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects every violation of one command so one exception reports them all: the command's
 * constraint violations (see {@link CommandValidator#collect}), the refusals of core value types
 * while the command's values are converted, and the SDK's cross-field rules. Not thread-safe; one
 * per command.
 *
 * <p>A conversion whose path already has a violation is skipped, and a refusal at a path that
 * already has one is not repeated. Once something was refused, a later conversion may trip over the
 * missing value (a null or an unknown currency); such a knock-on failure is dropped, because the
 * command is refused anyway and its cause is already listed.
 */
public final class ViolationCollector {
  private final String command;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, String> renamed = new HashMap<>();
  private InvalidValueException cause;

  /** A collector for the command named {@code command}, e.g. {@code RegisterCustomer}. */
  public ViolationCollector(String command) {
    this.command = command;
  }

  /** A collector for {@code command} that starts with {@code violations} already found. */
  public ViolationCollector(String command, List<Violation> violations) {
    this(command);
    this.violations.addAll(violations);
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
    return at(path, null, make);
  }

  /**
   * Runs {@code make}; a refusal by a core type is recorded at {@code path} with {@code message}
   * instead of the core type's message (for messages that would repeat the value), or with the core
   * type's message when {@code message} is null.
   *
   * @return the value, or null when it was refused
   */
  public <T> T at(String path, String message, Supplier<T> make) {
    if (hasViolationAt(path)) {
      return null;
    }
    try {
      return make.get();
    } catch (InvalidValueException e) {
      refused(path, message == null ? e.getMessage() : message, e);
      return null;
    } catch (RuntimeException e) {
      return knockOn(e);
    }
  }

  /**
   * Runs {@code make}; a refusal by a core type is recorded at {@code prefix} joined with the field
   * the core type names (core field names equal command field names).
   *
   * @return the value, or null when it was refused
   */
  public <T> T under(String prefix, Supplier<T> make) {
    if (!prefix.isEmpty() && hasViolationAt(prefix)) {
      return null;
    }
    try {
      return make.get();
    } catch (InvalidValueException e) {
      refused(join(prefix, e.field()), e.getMessage(), e);
      return null;
    } catch (RuntimeException e) {
      return knockOn(e);
    }
  }

  private void refused(String path, String message, InvalidValueException e) {
    if (hasViolationAt(path)) {
      return;
    }
    violations.add(new Violation(path, Violation.INVALID_VALUE, message));
    if (cause == null) {
      cause = e;
    }
  }

  /** Drops a failure caused by a value refused earlier; rethrows a failure with no such excuse. */
  private <T> T knockOn(RuntimeException e) {
    if (violations.isEmpty()) {
      throw e;
    }
    return null;
  }

  /**
   * The amount in the currency with the ISO 4217 code {@code currencyCode}; null, with the refusal
   * recorded, when either is refused (an amount with more decimals than the currency has is refused
   * at {@code amountPath}).
   */
  public Money money(
      String amountPath, BigDecimal amount, String currencyPath, String currencyCode) {
    Currency currency = at(currencyPath, () -> Money.currency(currencyCode, currencyPath));
    if (currency == null) {
      return null;
    }
    return at(
        amountPath,
        "must have at most as many decimals as the currency has",
        () -> Money.of(amount, currency));
  }

  /** Records a broken SDK rule. */
  public void reject(String path, String rule, String message) {
    violations.add(new Violation(path, rule, message));
  }

  /**
   * Records a broken cross-field rule unless {@code holds}; nothing when {@code path} has a
   * violation already.
   */
  public void require(boolean holds, String path, String rule, String message) {
    if (!holds && !hasViolationAt(path)) {
      reject(path, rule, message);
    }
  }

  /**
   * Whether {@code path}, or a path inside it such as {@code path.x} or {@code path[1]}, is
   * refused.
   */
  public boolean hasViolationAt(String path) {
    for (Violation violation : violations) {
      String refused = violation.path();
      if (refused.equals(path)
          || refused.startsWith(path + ".")
          || refused.startsWith(path + "[")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports violations at {@code path} (and inside it) under {@code callerName} instead: the name
   * of the field the caller set, when a builder method fills a differently named component (a
   * person's {@code dateOfBirth} fills {@code foundingDate}).
   */
  public void rename(String path, String callerName) {
    renamed.put(path, callerName);
  }

  private List<Violation> reported() {
    List<Violation> result = new ArrayList<>();
    for (Violation violation : violations) {
      String path = violation.path();
      for (Map.Entry<String, String> rename : renamed.entrySet()) {
        String from = rename.getKey();
        if (path.equals(from) || path.startsWith(from + ".") || path.startsWith(from + "[")) {
          path = rename.getValue() + path.substring(from.length());
        }
      }
      result.add(new Violation(path, violation.rule(), violation.message()));
    }
    return result;
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
      throw new CommandValidationException(command, reported(), cause);
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
