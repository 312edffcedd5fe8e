package io.rapport.crm.common.pii;

import io.rapport.crm.common.internal.Checks;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address (personal data). Leading and trailing blanks are removed; {@link #normalized()}
 * lower-cases it for matching. Shown masked: {@code j***@e***.com}.
 */
public record EmailAddress(String value) implements PersonalData {
  private static final Pattern FORMAT =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s.\\p{Cntrl}]+(\\.[^@\\s.\\p{Cntrl}]+)+");

  /** Trims and checks the shape (local part, '@', dotted domain; at most 254 characters). */
  public EmailAddress {
    Checks.notNull(value, "email");
    value = value.strip();
    Checks.argument(value.length() <= 254, "email", "email must have at most 254 characters");
    Checks.argument(FORMAT.matcher(value).matches(), "email", "email is not a valid address");
  }

  /** The address {@code value}. */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  /** The lower-cased form used to find customers by e-mail. */
  public String normalized() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String masked() {
    int at = value.indexOf('@');
    int dot = value.lastIndexOf('.');
    return Character.toString(value.codePointAt(0))
        + "***@"
        + Character.toString(value.codePointAt(at + 1))
        + "***"
        + value.substring(dot);
  }

  @Override
  public String toString() {
    return masked();
  }
}
