package io.rapport.crm.common.pii;

/** Masking rules shared by the personal-data types. */
public final class Masking {
  private Masking() {}

  /**
   * Masks all but the last {@code visible} characters: {@code keepLast("12345678", 2)} =
   * "******78".
   */
  public static String keepLast(String value, int visible) {
    if (value == null) {
      return null;
    }
    int shown = Math.min(visible, value.length() / 2);
    return "*".repeat(value.length() - shown) + value.substring(value.length() - shown);
  }

  /** A masked rendering of free text (names, addresses): its first character and its length. */
  public static String text(String value) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty()) {
      return "";
    }
    return value
            .codePoints()
            .limit(1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        + "***("
        + value.length()
        + ")";
  }
}
