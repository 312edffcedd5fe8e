package io.rapport.crm.sdk;

import java.io.Serializable;

/**
 * One broken rule of a command: where, which rule, and a message that names the rule but never the
 * rejected value.
 *
 * @param path the field path inside the command, e.g. {@code contactPoints[1].phone}; elements of
 *     lists carry their index, elements of other containers {@code []}
 * @param rule the simple name of the violated constraint annotation, e.g. {@code NotBlank} or
 *     {@code ValidPhone}; {@value #INVALID_VALUE} when a core value type refused the value while
 *     the command was converted, or a named SDK rule such as {@code SinglePrimary}
 * @param message what the rule demands, e.g. "must not be blank"
 */
public record Violation(String path, String rule, String message) implements Serializable {
  /** The rule reported when a core value object or aggregate refused a value. */
  public static final String INVALID_VALUE = "InvalidValue";

  private static final long serialVersionUID = 1L;

  @Override
  public String toString() {
    return path + " [" + rule + "]: " + message;
  }
}
