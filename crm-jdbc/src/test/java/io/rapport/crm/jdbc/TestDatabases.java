package io.rapport.crm.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases tests run on, shared by every test of the JVM: H2 in memory always; PostgreSQL and
 * MariaDB when {@code RAPPORT_TEST_POSTGRES_URL} / {@code RAPPORT_TEST_MARIADB_URL} hold a JDBC URL
 * (tests on an unset one are skipped with a notice). On those servers each JVM works in its own
 * schema (PostgreSQL) or database (MariaDB), see {@link RunSchemas}, so a run never meets tables or
 * a Flyway history left by another. Migrations run once per database per JVM; tests share it and
 * use fresh tenants.
 */
public final class TestDatabases {
  /** The H2 database every test shares. */
  public static final String H2_URL = "jdbc:h2:mem:rapport;DB_CLOSE_DELAY=-1";

  /** The variable holding the PostgreSQL JDBC URL. */
  public static final String POSTGRES_VARIABLE = "RAPPORT_TEST_POSTGRES_URL";

  /** The variable holding the MariaDB JDBC URL. */
  public static final String MARIADB_VARIABLE = "RAPPORT_TEST_MARIADB_URL";

  private static final Map<Dialect, JdbcStorage> SHARED = new EnumMap<>(Dialect.class);
  private static final List<RecordingDataSource> RECORDERS = new ArrayList<>();
  private static final Map<Dialect, Boolean> NOTICE_PRINTED = new EnumMap<>(Dialect.class);

  private TestDatabases() {}

  /**
   * The storage shared by every test on {@code dialect}, migrated on first use. The migrations run
   * on a plain data source; the storage works through {@link #recorder(Dialect)}'s, so every
   * statement the adapter sends is recorded (and, for the test classes of this module, checked for
   * its tenant predicate by {@code tck.TenantScopeExtension}).
   *
   * @throws org.opentest4j.TestAbortedException if the database is not configured
   */
  public static synchronized JdbcStorage shared(Dialect dialect) {
    DataSource dataSource = dataSource(dialect);
    return SHARED.computeIfAbsent(
        dialect,
        d -> {
          JdbcStorage.builder(dataSource).dialect(d).migrate(true).build();
          return JdbcStorage.builder(recording(dataSource)).dialect(d).migrate(false).build();
        });
  }

  /**
   * {@code target} behind a new {@link RecordingDataSource}, kept among {@link #recorders()}: build
   * a storage over it (after migrating over {@code target}) to have its statements checked.
   */
  public static synchronized DataSource recording(DataSource target) {
    RecordingDataSource recorder = new RecordingDataSource(target);
    RECORDERS.add(recorder);
    return recorder.dataSource();
  }

  /** Every recorder made by {@link #recording(DataSource)} in this JVM. */
  public static synchronized List<RecordingDataSource> recorders() {
    return List.copyOf(RECORDERS);
  }

  /**
   * A new storage on {@code dialect}'s database (migrated already through {@link #shared}) over
   * {@code dataSource}, configured further by {@code configure}.
   */
  public static JdbcStorage storage(
      Dialect dialect, DataSource dataSource, UnaryOperator<JdbcStorage.Builder> configure) {
    shared(dialect);
    return configure.apply(JdbcStorage.builder(dataSource).dialect(dialect).migrate(false)).build();
  }

  /**
   * A plain (unpooled) data source of {@code dialect}'s test database.
   *
   * @throws org.opentest4j.TestAbortedException if the database is not configured
   */
  public static DataSource dataSource(Dialect dialect) {
    try {
      switch (dialect) {
        case H2 -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL(H2_URL);
          return h2;
        }
        case POSTGRESQL -> {
          String url = url(dialect, POSTGRES_VARIABLE);
          PGSimpleDataSource postgres = new PGSimpleDataSource();
          postgres.setURL(url);
          postgres.setCurrentSchema(RunSchemas.of(dialect, url));
          return postgres;
        }
        case MARIADB -> {
          String url = url(dialect, MARIADB_VARIABLE);
          return new MariaDbDataSource(RunSchemas.withDatabase(url, RunSchemas.of(dialect, url)));
        }
        default -> throw new IllegalArgumentException("Unknown dialect " + dialect);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Bad test database URL for " + dialect, e);
    }
  }

  /** Whether tests on {@code dialect} can run; prints one notice per database and JVM when not. */
  public static boolean configured(Dialect dialect) {
    if (dialect == Dialect.H2) {
      return true;
    }
    String variable = variable(dialect);
    String url = System.getenv(variable);
    boolean configured = url != null && !url.isBlank();
    synchronized (TestDatabases.class) {
      if (!configured && NOTICE_PRINTED.put(dialect, Boolean.TRUE) == null) {
        System.err.println(
            "NOTICE: "
                + dialect
                + " tests are SKIPPED: set "
                + variable
                + " to a JDBC URL to run them");
      }
    }
    return configured;
  }

  /** Why tests on {@code dialect} are skipped. */
  public static String skipReason(Dialect dialect) {
    return dialect + " tests skipped: " + variable(dialect) + " is not set";
  }

  private static String variable(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? POSTGRES_VARIABLE : MARIADB_VARIABLE;
  }

  private static String url(Dialect dialect, String variable) {
    assumeTrue(configured(dialect), skipReason(dialect));
    return System.getenv(variable);
  }
}
