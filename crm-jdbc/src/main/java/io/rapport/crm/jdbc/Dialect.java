package io.rapport.crm.jdbc;

/**
 * The databases {@link JdbcStorage} supports. Each has its own migration scripts under {@code
 * db/migration/rapport/<folder>} in this jar and a few statements of its own (locking the audit
 * head, recovering from a failed statement).
 */
public enum Dialect {
  /** H2 2.x, the embedded default. */
  H2("h2"),
  /** PostgreSQL 13 or later (and databases compatible with its wire protocol and SQL). */
  POSTGRESQL("postgresql"),
  /** MariaDB 10.6 or later. */
  MARIADB("mariadb");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The folder of this dialect's migrations inside the jar, e.g. {@code db/migration/rapport/h2}; a
   * host that runs its own migrations copies the SQL files found there.
   */
  public String migrationLocation() {
    return "db/migration/rapport/" + folder;
  }

  /** The short name used in {@link JdbcStorage#name()}, e.g. {@code postgresql}. */
  public String shortName() {
    return folder;
  }
}
