package io.rapport.crm.jdbc.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table's columns, declared once in the order statements bind them, from which the column lists
 * of its statements are derived: the INSERT, the {@code SET} list of an UPDATE, the placeholders
 * and the select lists. Statements that need more than a list are text blocks around these lists,
 * e.g. {@code UPDATE t SET %s WHERE tenant_id = ? AND id = ? AND version = ?} filled with {@link
 * #updateSet}. Immutable.
 */
final class Table {
  private final String name;
  private final List<String> columns;

  private Table(String name, List<String> columns) {
    this.name = name;
    this.columns = columns;
  }

  /** The table {@code name} with its {@code columns} in binding order. */
  static Table of(String name, String... columns) {
    return new Table(name, List.of(columns));
  }

  /** The table {@code name} with its {@code columns} in binding order. */
  static Table of(String name, List<String> columns) {
    return new Table(name, List.copyOf(columns));
  }

  /** {@code INSERT INTO name (a, b, c) VALUES (?, ?, ?)} over every column. */
  String insert() {
    return "INSERT INTO %s (%s) VALUES (%s)".formatted(name, list(), placeholders());
  }

  /** {@code ?, ?, ?}: one marker per column. */
  String placeholders() {
    return String.join(", ", Collections.nCopies(columns.size(), "?"));
  }

  /** {@code a, b, c}: every column. */
  String list() {
    return String.join(", ", columns);
  }

  /**
   * The columns except {@code except}, each prefixed by {@code alias} (e.g. {@code "c."}, or {@code
   * ""}), for a select list.
   *
   * @throws IllegalArgumentException if {@code except} names a column the table does not declare
   */
  String list(String alias, String... except) {
    Set<String> left = declared(except);
    return columns.stream()
        .filter(column -> !left.contains(column))
        .map(column -> alias + column)
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code b = ?, c = ?}: every column but {@code fixed} (the key the update finds its row by, and
   * any column set once on insert), in binding order.
   *
   * @throws IllegalArgumentException if {@code fixed} names a column the table does not declare
   */
  String updateSet(String... fixed) {
    Set<String> kept = declared(fixed);
    return columns.stream()
        .filter(column -> !kept.contains(column))
        .map(column -> column + " = ?")
        .collect(Collectors.joining(", "));
  }

  /** {@code names} as a set, each a declared column: a misspelt name must not pass silently. */
  private Set<String> declared(String... names) {
    for (String column : names) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException(name + " declares no column " + column);
      }
    }
    return Set.of(names);
  }
}
