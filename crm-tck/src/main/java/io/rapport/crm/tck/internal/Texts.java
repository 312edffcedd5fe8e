package io.rapport.crm.tck.internal;

/** Small text helpers for fixtures. */
public final class Texts {
  private Texts() {}

  /** {@code text} cut to at most {@code maxChars} UTF-16 units without splitting a character. */
  public static String fit(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String cut = text.substring(0, end);
    return cut.isBlank() ? "x" + cut.substring(1) : cut;
  }
}
