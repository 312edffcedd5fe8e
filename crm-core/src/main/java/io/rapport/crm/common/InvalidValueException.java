package io.rapport.crm.common;

/**
 * A value object or aggregate refused a value that breaks its invariants. The message names the
 * field and the rule; it never contains the refused value when that value is personal data.
 */
public class InvalidValueException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final String field;

  /** Creates the exception for {@code field} with a message that names the rule. */
  public InvalidValueException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The name (or path) of the field whose value was refused. */
  public String field() {
    return field;
  }
}
