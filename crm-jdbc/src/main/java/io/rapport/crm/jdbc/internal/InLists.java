package io.rapport.crm.jdbc.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Helpers for {@code IN (?, ?, ...)} lists, sent in chunks so no statement gets too long. */
final class InLists {
  private InLists() {}

  /** {@code ?, ?, ?} with {@code count} markers. */
  static String markers(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** {@code values} cut into lists of at most {@code size}. */
  static <T> List<List<T>> chunks(List<T> values, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < values.size(); start += size) {
      chunks.add(values.subList(start, Math.min(values.size(), start + size)));
    }
    return chunks;
  }
}
