package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Collects the fields that differ between the old and the new value of a record, rendered as text
 * by the caller's renderer (which masks personal data). A null side means the field was absent. Not
 * thread-safe.
 */
final class FieldDiff {
  private final List<FieldChange> changes = new ArrayList<>();

  /** Adds {@code name} when {@code before} and {@code after} differ. */
  <T> FieldDiff field(String name, T before, T after, Function<? super T, String> render) {
    if (!Objects.equals(before, after)) {
      changes.add(
          new FieldChange(
              name,
              before == null ? null : render.apply(before),
              after == null ? null : render.apply(after)));
    }
    return this;
  }

  /** Adds {@code name} rendered with {@code toString()} when the values differ. */
  FieldDiff field(String name, Object before, Object after) {
    return field(name, before, after, Object::toString);
  }

  /**
   * Adds {@code name[key]} for every key whose element differs, keys in sorted order; a missing key
   * is an absent element.
   */
  <T> FieldDiff keyed(
      String name,
      Map<String, T> before,
      Map<String, T> after,
      Function<? super T, String> render) {
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      field(name + "[" + key + "]", before.get(key), after.get(key), render);
    }
    return this;
  }

  List<FieldChange> changes() {
    return List.copyOf(changes);
  }
}
