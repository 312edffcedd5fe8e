package io.rapport.crm.sdk;

import io.rapport.crm.common.CrmException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command (or an argument of a service method) broke one or more validation rules; nothing was
 * stored. {@link #violations()} lists every violated field with its rule, so a host can show all
 * problems at once. Neither the message nor the violations contain the rejected values.
 */
public class CommandValidationException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final String command;
  private final transient List<Violation> violations;

  /**
   * Creates the exception for {@code command} (a simple type name such as {@code RegisterCustomer})
   * and its violations, sorted as given.
   */
  public CommandValidationException(String command, List<Violation> violations) {
    this(command, violations, null);
  }

  /** Creates the exception with the core exception that refused a value as its cause. */
  public CommandValidationException(String command, List<Violation> violations, Throwable cause) {
    super(message(command, violations), cause);
    this.command = command;
    this.violations = List.copyOf(violations);
  }

  private static String message(String command, List<Violation> violations) {
    return "Invalid "
        + command
        + " ("
        + violations.size()
        + (violations.size() == 1 ? " violation" : " violations")
        + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** The simple name of the refused command or method, e.g. {@code RegisterCustomer}. */
  public String command() {
    return command;
  }

  /** Every violated field, at least one; empty only after Java deserialization. */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
