package io.rapport.crm.jdbc.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table's columns, declared once in the order statements bind them, from which the column lists
 * of its statements are derived: the INSERT, the {@code SET} list of an UPDATE, the placeholders
 * and the select list. Statements that need more than a list are written out as text blocks around
 * these lists. Immutable.
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

  /** The table's name. */
  String name() {
    return name;
  }

  /** The columns in binding order. */
  List<String> columns() {
    return columns;
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
   */
  String list(String alias, String... except) {
    Set<String> left = Set.of(except);
    return columns.stream()
        .filter(column -> !left.contains(column))
        .map(column -> alias + column)
        .collect(Collectors.joining(", "));
  }

  /** {@code SELECT a, b, c FROM name} over the columns except {@code except}. */
  String select(String... except) {
    return "SELECT %s FROM %s".formatted(list("", except), name);
  }

  /**
   * {@code b = ?, c = ?}: the columns except {@code keys} (the columns an update finds its row by
   * and never changes), in binding order.
   */
  String updateSet(String... keys) {
    Set<String> fixed = Set.of(keys);
    return columns.stream()
        .filter(column -> !fixed.contains(column))
        .map(column -> column + " = ?")
        .collect(Collectors.joining(", "));
  }
}
