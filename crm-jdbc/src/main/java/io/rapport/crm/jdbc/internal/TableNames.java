package io.rapport.crm.jdbc.internal;

import io.rapport.crm.jdbc.Dialect;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Rapport's tables live: the connection's current schema (no qualifier, the default), or a
 * schema the host named, which every statement then names before each {@code rapport_} table.
 * Thread-safe.
 */
public final class TableNames {
  /**
   * A table name not preceded by a letter, digit, underscore, dot or quote, and not followed by a
   * dot: {@code rapport_pipeline.id} names a column of the (unaliased) table, whose exposed name
   * stays unqualified.
   */
  private static final Pattern TABLE = Pattern.compile("(?<![\\w.\"`])(rapport_\\w+)(?![\\w.])");

  private static final TableNames CURRENT_SCHEMA = new TableNames(null);

  /**
   * Qualified statements kept, so the regular expression runs once per statement text, not per
   * execution; beyond this many texts (criteria queries vary in shape) the rest are rewritten each
   * time.
   */
  private static final int KEPT_STATEMENTS = 1_024;

  private final String prefix;
  private final Map<String, String> qualified = new ConcurrentHashMap<>();

  private TableNames(String prefix) {
    this.prefix = prefix;
  }

  /** The tables of the connection's current schema: statements are sent as written. */
  public static TableNames currentSchema() {
    return CURRENT_SCHEMA;
  }

  /**
   * The tables of {@code schema} (a checked lower-case name) on {@code dialect}: quoted with the
   * dialect's identifier quote, so its case is kept.
   */
  public static TableNames in(Dialect dialect, String schema) {
    String quote = dialect == Dialect.MARIADB ? "`" : "\"";
    return new TableNames(quote + schema + quote + ".");
  }

  /** {@code sql} with every {@code rapport_} table qualified by the schema, if one was named. */
  public String qualify(String sql) {
    if (prefix == null) {
      return sql;
    }
    String known = qualified.get(sql);
    if (known != null) {
      return known;
    }
    String rewritten = TABLE.matcher(sql).replaceAll(Matcher.quoteReplacement(prefix) + "$1");
    if (qualified.size() < KEPT_STATEMENTS) {
      qualified.put(sql, rewritten);
    }
    return rewritten;
  }
}
