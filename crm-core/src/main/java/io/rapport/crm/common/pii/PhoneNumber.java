package io.rapport.crm.common.pii;

import io.rapport.crm.common.internal.Checks;
import java.util.regex.Pattern;

/**
 * A phone number in international form (personal data). Spaces, dots, dashes and brackets are
 * dropped and a leading {@code 00} becomes {@code +}, so {@code "0044 (20) 7946-0018"} is held as
 * {@code +442079460018} (E.164). Shown masked: {@code +44*******18}.
 */
public record PhoneNumber(String value) implements PersonalData {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  /** Normalises to E.164 and checks the result. */
  public PhoneNumber {
    Checks.notNull(value, "phone");
    value = normalize(value);
    Checks.argument(
        E164.matcher(value).matches(),
        "phone",
        "phone must be an international number (+ country code, 7 to 15 digits)");
  }

  /** The number {@code value}, normalised. */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /** The E.164 form (the same as {@link #value()}). */
  public String normalized() {
    return value;
  }

  private static String normalize(String raw) {
    // "+44 (0)20 …": the bracketed 0 is the national trunk prefix, not part of the number.
    String compact = raw.strip().replace("(0)", "").replaceAll("[\\s.()\\-/]", "");
    return compact.startsWith("00") ? "+" + compact.substring(2) : compact;
  }

  @Override
  public String masked() {
    return value.substring(0, 3)
        + "*".repeat(value.length() - 5)
        + value.substring(value.length() - 2);
  }

  @Override
  public String toString() {
    return masked();
  }
}
