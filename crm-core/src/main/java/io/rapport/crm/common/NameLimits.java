package io.rapport.crm.common;

/**
 * The length limits of names, one set for every context so a name that a lead may carry is also a
 * name its customer may carry. Lengths count UTF-16 chars, like {@link String#length()}.
 *
 * <ul>
 *   <li>{@link #MAX_NAME_LENGTH}: a customer's legal name and display name, a lead contact's name.
 * </ul>
 */
public final class NameLimits {
  /** The longest legal, display or contact name accepted: 200 characters. */
  public static final int MAX_NAME_LENGTH = 200;

  private NameLimits() {}
}
