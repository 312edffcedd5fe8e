package io.rapport.crm.jdbc.internal;

import io.rapport.crm.jdbc.ConnectionSupplier;
import io.rapport.crm.spi.StorageException;
import io.rapport.crm.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work. Own transactions: a connection from the data source, auto-commit off, commit
 * on return, rollback on any throwable (rethrown unchanged), auto-commit restored and the
 * connection closed. External transactions: the host's connection, never committed, rolled back or
 * closed; the unit's own writes are undone through a savepoint when the work throws. Either way the
 * unit is bound to the thread so that nested calls join it. Thread-safe.
 */
public final class Transactions {
  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  private final DataSource dataSource;
  private final ConnectionSupplier external;
  private final StorageSettings settings;
  private final ThreadLocal<JdbcUnit> current = new ThreadLocal<>();

  /** Own transactions when {@code external} is null, else the host's. */
  public Transactions(
      DataSource dataSource, ConnectionSupplier external, StorageSettings settings) {
    this.dataSource = dataSource;
    this.external = external;
    this.settings = settings;
  }

  /** Runs {@code work} in the current thread's unit, or in a new one. */
  public <T> T run(Function<UnitOfWork, T> work) {
    JdbcUnit joined = current.get();
    if (joined != null && joined.active()) {
      return work.apply(joined);
    }
    return external == null ? runOwn(work) : runExternal(work);
  }

  private <T> T runOwn(Function<UnitOfWork, T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlErrors.translate("open a connection", e);
    }
    boolean restoreAutoCommit = false;
    try {
      try {
        restoreAutoCommit = connection.getAutoCommit();
        if (restoreAutoCommit) {
          connection.setAutoCommit(false);
        }
      } catch (SQLException e) {
        throw SqlErrors.translate("begin a transaction", e);
      }
      T result;
      JdbcUnit unit = bind(connection);
      try {
        result = work.apply(unit);
      } catch (Throwable failure) {
        rollback(connection, failure);
        throw failure;
      } finally {
        unbind(unit);
      }
      commit(connection, unit);
      return result;
    } finally {
      release(connection, restoreAutoCommit);
    }
  }

  private <T> T runExternal(Function<UnitOfWork, T> work) {
    Connection connection;
    Savepoint savepoint;
    try {
      connection = external.currentConnection();
      if (connection == null) {
        throw new IllegalStateException("The ConnectionSupplier returned no connection");
      }
      if (connection.getAutoCommit()) {
        throw new IllegalStateException(
            "The host connection has auto-commit on: begin a transaction before calling Rapport"
                + " (externalTransactions joins the host's transaction, it never starts one)");
      }
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw SqlErrors.translate("join the host transaction", e);
    }
    JdbcUnit unit = bind(connection);
    try {
      T result = work.apply(unit);
      if (unit.transactionLost()) {
        throw new StorageException(
            "The database rolled the host transaction back after a deadlock; roll back and retry");
      }
      connection.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      throw SqlErrors.translate("release the unit's savepoint", e);
    } catch (Throwable failure) {
      try {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        failure.addSuppressed(SqlErrors.translate("undo the unit's writes", e));
      }
      throw failure;
    } finally {
      unbind(unit);
    }
  }

  private JdbcUnit bind(Connection connection) {
    JdbcUnit unit = new JdbcUnit(connection, settings);
    current.set(unit);
    return unit;
  }

  private void unbind(JdbcUnit unit) {
    unit.end();
    current.remove();
  }

  private static void commit(Connection connection, JdbcUnit unit) {
    if (unit.transactionLost()) {
      StorageException failure =
          new StorageException(
              "Storage failed to commit: the database rolled the transaction back after a"
                  + " deadlock; retry the unit of work");
      rollback(connection, failure);
      throw failure;
    }
    try {
      connection.commit();
    } catch (SQLException e) {
      StorageException failure = SqlErrors.translate("commit", e);
      rollback(connection, failure);
      throw failure;
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(SqlErrors.translate("roll back", e));
    }
  }

  private static void release(Connection connection, boolean restoreAutoCommit) {
    try {
      if (restoreAutoCommit) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.warn("Could not restore auto-commit: SQLState {}", e.getSQLState());
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("Could not close a connection: SQLState {}", e.getSQLState());
    }
  }
}
