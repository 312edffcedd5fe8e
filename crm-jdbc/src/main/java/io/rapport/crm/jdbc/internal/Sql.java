package io.rapport.crm.jdbc.internal;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.spi.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements of one unit of work on its connection: queries, updates, batches of at most {@code
 * batchSize} rows per round trip, and writes guarded by a savepoint so that a refused write leaves
 * nothing behind and the transaction usable. SQL is logged at debug level without parameters. Not
 * thread-safe: used by one unit on one thread.
 */
public final class Sql {
  private static final Logger LOG = LoggerFactory.getLogger(Sql.class);

  private final Connection connection;
  private final Dialect dialect;
  private final int batchSize;
  private final TableNames tables;
  private boolean transactionLost;

  /** Binds a statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    /** Binds the parameters in order. */
    void bind(Params params) throws SQLException;
  }

  /** Binds the parameters of one row of a batch. */
  @FunctionalInterface
  public interface RowBinder<R> {
    /** Binds {@code row}'s parameters in order. */
    void bind(Params params, R row) throws SQLException;
  }

  /** Reads the current row of a result set. */
  @FunctionalInterface
  public interface RowReader<T> {
    /** The value of the current row. */
    T read(ResultSet row) throws SQLException;
  }

  /** Handles the current row of a streamed result set. */
  @FunctionalInterface
  public interface RowHandler {
    /** Handles the current row. */
    void handle(ResultSet row) throws SQLException;
  }

  /** Work made of statements. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs the statements. */
    T run() throws SQLException;
  }

  /** Explains a refused unique key, after the write was undone, as the exception to throw. */
  @FunctionalInterface
  public interface Conflict {
    /** The exception callers get; may run queries. */
    RuntimeException explain() throws SQLException;
  }

  Sql(Connection connection, Dialect dialect, int batchSize, TableNames tables) {
    this.connection = connection;
    this.dialect = dialect;
    this.batchSize = batchSize;
    this.tables = tables;
  }

  /** The database dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** The most rows sent per batch round trip. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Whether the database rolled this unit's whole transaction back (a deadlock on MariaDB or H2):
   * the unit must not commit, and every later statement is refused.
   */
  public boolean transactionLost() {
    return transactionLost;
  }

  private void checkTransaction() {
    if (transactionLost) {
      throw new StorageException(
          "The database rolled this unit's transaction back after a deadlock; retry the unit of"
              + " work");
    }
  }

  private SQLException noted(SQLException failure) {
    if (SqlErrors.isTransactionLost(failure)) {
      transactionLost = true;
    }
    return failure;
  }

  /** Every row {@code sql} returns, read by {@code reader}. */
  public <T> List<T> query(String sql, Binder binder, RowReader<T> reader) throws SQLException {
    checkTransaction();
    LOG.debug("SQL query: {}", sql);
    try (PreparedStatement statement = connection.prepareStatement(tables.qualify(sql))) {
      binder.bind(new Params(statement));
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(rows));
        }
        return result;
      }
    }
  }

  /**
   * Hands every row {@code sql} returns to {@code handler} as the driver delivers them, asking for
   * {@code fetchSize} rows per round trip, so a large result is never held whole in the JVM
   * (PostgreSQL streams only with auto-commit off, as in a unit of work). The handler must not run
   * statements on this connection while the result is open.
   */
  public void stream(String sql, Binder binder, int fetchSize, RowHandler handler)
      throws SQLException {
    checkTransaction();
    LOG.debug("SQL streamed query: {}", sql);
    try (PreparedStatement statement = connection.prepareStatement(tables.qualify(sql))) {
      statement.setFetchSize(fetchSize);
      binder.bind(new Params(statement));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    }
  }

  /** The first row {@code sql} returns, if any. */
  public <T> Optional<T> queryFirst(String sql, Binder binder, RowReader<T> reader)
      throws SQLException {
    List<T> rows = query(sql, binder, reader);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Runs an insert, update or delete; returns the number of rows changed. */
  public int update(String sql, Binder binder) throws SQLException {
    checkTransaction();
    LOG.debug("SQL update: {}", sql);
    try (PreparedStatement statement = connection.prepareStatement(tables.qualify(sql))) {
      binder.bind(new Params(statement));
      return statement.executeUpdate();
    }
  }

  /**
   * Runs {@code sql} once per row in batches: ceil(rows / batchSize) round trips, none for no rows.
   */
  public <R> void batch(String sql, Collection<R> rows, RowBinder<R> binder) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    checkTransaction();
    LOG.debug("SQL batch of {} rows: {}", rows.size(), sql);
    try (PreparedStatement statement = connection.prepareStatement(tables.qualify(sql))) {
      int pending = 0;
      Iterator<R> remaining = rows.iterator();
      while (remaining.hasNext()) {
        binder.bind(new Params(statement), remaining.next());
        statement.addBatch();
        pending++;
        if (pending == batchSize || !remaining.hasNext()) {
          statement.executeBatch();
          pending = 0;
        }
      }
    }
  }

  /**
   * Like {@link #batch} but returns the update count of every row, in order ({@link
   * java.sql.Statement#SUCCESS_NO_INFO} where the driver does not tell).
   */
  public <R> int[] batchCounts(String sql, List<R> rows, RowBinder<R> binder) throws SQLException {
    int[] counts = new int[rows.size()];
    if (rows.isEmpty()) {
      return counts;
    }
    checkTransaction();
    LOG.debug("SQL batch of {} rows: {}", rows.size(), sql);
    try (PreparedStatement statement = connection.prepareStatement(tables.qualify(sql))) {
      int done = 0;
      int pending = 0;
      for (R row : rows) {
        binder.bind(new Params(statement), row);
        statement.addBatch();
        pending++;
        if (pending == batchSize || done + pending == rows.size()) {
          int[] chunk = statement.executeBatch();
          System.arraycopy(chunk, 0, counts, done, chunk.length);
          done += pending;
          pending = 0;
        }
      }
    }
    return counts;
  }

  /**
   * Runs reads and turns a driver failure into a {@link io.rapport.crm.spi.StorageException} naming
   * {@code operation}.
   */
  public <T> T read(String operation, Work<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw SqlErrors.translate(operation, noted(e));
    }
  }

  /**
   * Runs a write atomically: when it fails, everything it wrote is undone and the transaction stays
   * usable. A savepoint guards writes of several statements on every database, and every write on
   * PostgreSQL (where a failed statement otherwise aborts the whole transaction); a single
   * statement is atomic by itself elsewhere. A refused unique key is explained by {@code
   * onDuplicate}; other driver failures become a {@link io.rapport.crm.spi.StorageException}.
   */
  public <T> T write(
      String operation, boolean severalStatements, Work<T> work, Conflict onDuplicate) {
    return write(operation, severalStatements, work, onDuplicate, null);
  }

  /**
   * Like {@link #write(String, boolean, Work, Conflict)}; in addition, a statement the database
   * refused to keep concurrent transactions apart (serialization failure, deadlock, lock timeout)
   * is explained by {@code onConcurrentChange} when it is not null.
   */
  public <T> T write(
      String operation,
      boolean severalStatements,
      Work<T> work,
      Conflict onDuplicate,
      Conflict onConcurrentChange) {
    Savepoint savepoint = null;
    try {
      if (severalStatements || dialect == Dialect.POSTGRESQL) {
        savepoint = connection.setSavepoint();
      }
      T result = work.run();
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
      return result;
    } catch (SQLException e) {
      noted(e);
      undo(savepoint, e);
      if (onDuplicate != null && SqlErrors.isUniqueViolation(e)) {
        throw explain(operation, onDuplicate);
      }
      if (onConcurrentChange != null && SqlErrors.isConcurrencyFailure(e)) {
        throw explain(operation, onConcurrentChange);
      }
      throw SqlErrors.translate(operation, e);
    } catch (RuntimeException | Error e) {
      undo(savepoint, e);
      throw e;
    }
  }

  /**
   * Runs one insert that a unique key may refuse; returns false, with nothing written and the
   * transaction usable, when it does.
   */
  public boolean tryInsert(String operation, String sql, Binder binder) {
    Savepoint savepoint = null;
    try {
      if (dialect == Dialect.POSTGRESQL) {
        savepoint = connection.setSavepoint();
      }
      update(sql, binder);
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
      return true;
    } catch (SQLException e) {
      noted(e);
      undo(savepoint, e);
      if (SqlErrors.isUniqueViolation(e)) {
        return false;
      }
      throw SqlErrors.translate(operation, e);
    }
  }

  private RuntimeException explain(String operation, Conflict onDuplicate) {
    try {
      return onDuplicate.explain();
    } catch (SQLException e) {
      return SqlErrors.translate(operation, e);
    }
  }

  private void undo(Savepoint savepoint, Throwable failure) {
    if (savepoint == null || transactionLost) {
      return;
    }
    try {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      failure.addSuppressed(SqlErrors.translate("undo a failed write", e));
    }
  }
}
