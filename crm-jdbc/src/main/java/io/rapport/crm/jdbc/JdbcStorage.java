package io.rapport.crm.jdbc;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.jdbc.internal.Migrations;
import io.rapport.crm.jdbc.internal.SqlErrors;
import io.rapport.crm.jdbc.internal.StorageSettings;
import io.rapport.crm.jdbc.internal.TableNames;
import io.rapport.crm.jdbc.internal.Transactions;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.StorageException;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The JDBC storage adapter: every storage port on H2, PostgreSQL or MariaDB through a host's {@link
 * DataSource}. Thread-safe; units of work on different threads run on different connections.
 *
 * <pre>{@code
 * CrmStorage storage = JdbcStorage.builder(dataSource).build();
 * }</pre>
 *
 * <p><b>Transactions.</b> By default {@link #inTransaction} takes a connection from the data
 * source, turns auto-commit off, binds the unit of work to the current thread (nested calls join
 * it), commits when the work returns and rolls back when it throws (the throwable is rethrown
 * unchanged), then restores auto-commit and closes the connection. To join a transaction the host
 * already holds instead, see {@link Builder#externalTransactions(ConnectionSupplier)}.
 *
 * <p><b>Schema.</b> The tables are created and upgraded by Flyway migrations shipped in this jar
 * under {@code db/migration/rapport/h2}, {@code .../postgresql} and {@code .../mariadb} (see {@link
 * Dialect#migrationLocation()}), with their history in the table {@code rapport_schema_history}.
 * Every table name starts with {@code rapport_} and every primary key with {@code tenant_id}. They
 * live in the connection's current schema, or in the one named with {@link Builder#schema}.
 *
 * <p><b>Cost.</b> Reading a customer is one statement (contact points and tags are JSON columns of
 * its row); a search page is one statement; {@code insertAll} sends ceil(n / batch size) batches
 * per table written.
 *
 * <p><b>Time.</b> Instants are stored to the microsecond as UTC in zone-less {@code TIMESTAMP(6)}
 * (MariaDB: {@code DATETIME(6)}) columns; neither the JVM's nor the database's time zone shifts
 * them.
 *
 * <p><b>Personal data.</b> Rapport's exceptions and log lines never carry row values: constraint
 * violations become {@link io.rapport.crm.common.DuplicateRecordException} and friends built from
 * ids, and other driver failures a {@link StorageException} naming the operation, SQLState and
 * vendor code, with the driver exception attached only for connection failures. SQL is logged at
 * debug level without parameters. Note that MariaDB Connector/J logs every server error at WARN
 * (logger {@code org.mariadb.jdbc.message.server.ErrorPacket}), and a duplicate-key error quotes
 * the key; Rapport checks the one unique key holding personal data (a customer's account
 * references) before writing, so that error only arises from a concurrent race. Hosts that must
 * rule it out set that logger to ERROR.
 */
public final class JdbcStorage implements CrmStorage {
  private final Dialect dialect;
  private final Set<StorageFeature> features;
  private final Transactions transactions;

  private JdbcStorage(Builder builder, Dialect dialect) {
    this.dialect = dialect;
    EnumSet<StorageFeature> declared =
        EnumSet.of(
            StorageFeature.CONCURRENT_ACCESS,
            StorageFeature.DURABLE,
            StorageFeature.QUERY_PUSHDOWN);
    if (builder.external != null) {
      declared.add(StorageFeature.EXTERNAL_TRANSACTIONS);
    }
    this.features = Collections.unmodifiableSet(declared);
    this.transactions =
        new Transactions(
            builder.dataSource,
            builder.external,
            new StorageSettings(
                dialect,
                builder.batchSize,
                builder.clock,
                builder.schema == null
                    ? TableNames.currentSchema()
                    : TableNames.in(dialect, builder.schema)));
  }

  /**
   * A builder for a storage over {@code dataSource}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code dataSource} is null
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Checks.notNull(dataSource, "dataSource"));
  }

  /**
   * Runs {@code work} in one transaction, or in the current thread's unit of work when there is one
   * (the outer call then decides commit or rollback).
   *
   * @throws RuntimeException whatever {@code work} throws, unchanged, after rolling back
   * @throws StorageException if the database fails (no connection, commit refused)
   * @throws IllegalStateException with external transactions, if the host connection has
   *     auto-commit on
   * @throws io.rapport.crm.common.InvalidValueException if {@code work} is null
   */
  @Override
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    Checks.notNull(work, "work");
    return transactions.run(work);
  }

  /**
   * {@link StorageFeature#CONCURRENT_ACCESS}, {@link StorageFeature#DURABLE}, {@link
   * StorageFeature#QUERY_PUSHDOWN}, and {@link StorageFeature#EXTERNAL_TRANSACTIONS} when built
   * with {@link Builder#externalTransactions(ConnectionSupplier)}.
   */
  @Override
  public Set<StorageFeature> features() {
    return features;
  }

  /** {@code jdbc:h2}, {@code jdbc:postgresql} or {@code jdbc:mariadb}. */
  @Override
  public String name() {
    return "jdbc:" + dialect.shortName();
  }

  /** The dialect in use, as configured or detected. */
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public String toString() {
    return "JdbcStorage[" + name() + "]";
  }

  /** Configures and builds a {@link JdbcStorage}. Not thread-safe. */
  public static final class Builder {
    /** The default number of rows sent per batch round trip. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    /** The largest batch size accepted. */
    public static final int MAX_BATCH_SIZE = 10_000;

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private Dialect dialect;
    private boolean migrate = true;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private ConnectionSupplier external;
    private Clock clock = Clock.systemUTC();
    private String schema;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the dialect. Optional: by default it is detected from the database product name ({@code
     * H2}, {@code PostgreSQL}, {@code MariaDB}) on {@link #build()}.
     *
     * @throws io.rapport.crm.common.InvalidValueException if {@code dialect} is null
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = Checks.notNull(dialect, "dialect");
      return this;
    }

    /**
     * Whether {@link #build()} runs the Flyway migrations shipped in this jar (default {@code
     * true}). Hosts that run their own migrations pass {@code false} and apply the scripts found
     * under {@link Dialect#migrationLocation()} themselves, in version order.
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Puts Rapport's tables, and their Flyway history {@code rapport_schema_history}, in {@code
     * schema} instead of the connection's current schema: a PostgreSQL or H2 schema, a MariaDB
     * database. The migrations create it if it is missing (the database user needs the right to);
     * every statement then names it, so the connections' own current schema is never changed and
     * host tables of the same names elsewhere are never touched. With {@code migrate(false)},
     * create the schema and apply the scripts in it yourself.
     *
     * <pre>{@code
     * JdbcStorage.builder(dataSource).schema("rapport").build();
     * }</pre>
     *
     * @param schema 1 to 63 characters: lower-case ASCII letters, digits and {@code _}, starting
     *     with a letter (the same name, unquoted or quoted, on every database)
     * @throws io.rapport.crm.common.InvalidValueException if {@code schema} is null or not such a
     *     name
     */
    public Builder schema(String schema) {
      Checks.argument(
          schema != null && SCHEMA_NAME.matcher(schema).matches(),
          "schema",
          "schema must be 1 to 63 lower-case ASCII letters, digits or _, starting with a letter");
      this.schema = schema;
      return this;
    }

    /**
     * Sets the most rows sent per batch round trip (default {@value #DEFAULT_BATCH_SIZE}).
     *
     * @throws io.rapport.crm.common.InvalidValueException unless 1 to {@value #MAX_BATCH_SIZE}
     */
    public Builder batchSize(int batchSize) {
      Checks.argument(
          batchSize >= 1 && batchSize <= MAX_BATCH_SIZE,
          "batchSize",
          "batchSize must be 1..%s but was %s",
          MAX_BATCH_SIZE,
          batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Joins the transaction the host application holds instead of running its own: every outermost
     * {@link JdbcStorage#inTransaction} call works on the connection {@code connections} returns
     * for the current thread, which must have auto-commit off. Rapport never commits, rolls back or
     * closes that connection; the host does, so Rapport's writes commit or roll back with the
     * host's own. When the work throws, Rapport undoes only its own writes (through a savepoint
     * taken when the unit began) and rethrows; the host's transaction stays usable. Declares {@link
     * StorageFeature#EXTERNAL_TRANSACTIONS}. The data source is still used for migrations.
     *
     * <pre>{@code
     * // plain JDBC: the host owns the transaction
     * try (Connection connection = dataSource.getConnection()) {
     *   connection.setAutoCommit(false);
     *   CrmStorage storage =
     *       JdbcStorage.builder(dataSource).externalTransactions(() -> connection).build();
     *   storage.inTransactionDo(unit -> unit.customers().insert(tenant, customer));
     *   insertHostRows(connection);
     *   connection.commit(); // Rapport's rows and the host's, together
     * }
     *
     * // Spring: the connection of the current @Transactional method
     * JdbcStorage.builder(dataSource)
     *     .externalTransactions(() -> DataSourceUtils.getConnection(dataSource))
     *     .build();
     * }</pre>
     *
     * @throws io.rapport.crm.common.InvalidValueException if {@code connections} is null
     */
    public Builder externalTransactions(ConnectionSupplier connections) {
      this.external = Checks.notNull(connections, "connections");
      return this;
    }

    /**
     * Sets the clock that times outbox deliveries (default {@link Clock#systemUTC()}).
     *
     * @throws io.rapport.crm.common.InvalidValueException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * The storage: detects the dialect if none was set, then runs the migrations if enabled.
     *
     * @throws StorageException if the database cannot be reached, its product is not supported, or
     *     a migration fails
     */
    public JdbcStorage build() {
      Dialect resolved = dialect != null ? dialect : detect(dataSource);
      if (migrate) {
        Migrations.migrate(dataSource, resolved, schema);
      }
      return new JdbcStorage(this, resolved);
    }

    private static Dialect detect(DataSource dataSource) {
      String product;
      try (Connection connection = dataSource.getConnection()) {
        product = connection.getMetaData().getDatabaseProductName();
      } catch (SQLException e) {
        throw SqlErrors.translate("detect the database product", e);
      }
      String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
      if (lower.contains("h2")) {
        return Dialect.H2;
      }
      if (lower.contains("postgresql")) {
        return Dialect.POSTGRESQL;
      }
      if (lower.contains("mariadb")) {
        return Dialect.MARIADB;
      }
      throw new StorageException(
          "Unsupported database product '"
              + product
              + "'; Rapport supports H2, PostgreSQL and MariaDB (set the dialect to use a"
              + " compatible database)");
    }
  }
}
