package io.rapport.crm.inmemory.internal;

import java.util.Comparator;
import java.util.function.Function;

/** The orders the ports define: text by code point, ids by their canonical text. */
final class Ordering {
  private Ordering() {}

  /** Compares two strings code point by code point (not UTF-16 unit by unit). */
  static int compareCodePoints(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Boolean.compare(i < left.length(), j < right.length());
  }

  /** Orders records by the canonical text of their id, compared by code point. */
  static <T> Comparator<T> byId(Function<T, ?> id) {
    return (left, right) ->
        compareCodePoints(id.apply(left).toString(), id.apply(right).toString());
  }
}
