package io.rapport.crm.jdbc.internal;

import io.rapport.crm.spi.StorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies driver exceptions by SQLState and vendor code, and turns them into {@link
 * StorageException}s. Driver messages are never copied: PostgreSQL, MariaDB and H2 echo key and row
 * values (personal data) in constraint and truncation messages. A driver exception becomes the
 * cause only for connection failures, whose text holds no row values.
 */
public final class SqlErrors {
  private static final int MAX_CHAIN = 16;
  private static final int MARIADB_DUPLICATE_KEY = 1062;
  private static final int MARIADB_DEADLOCK = 1213;
  private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
  private static final int H2_CONCURRENT_UPDATE = 90131;
  private static final int H2_DEADLOCK = 40001;

  private SqlErrors() {}

  /** Whether a unique or primary key refused a row (H2 and PostgreSQL 23505, MariaDB 1062). */
  public static boolean isUniqueViolation(SQLException failure) {
    for (SQLException e : chain(failure)) {
      if ("23505".equals(e.getSQLState())
          || ("23000".equals(e.getSQLState()) && e.getErrorCode() == MARIADB_DUPLICATE_KEY)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the database refused the statement to keep concurrent transactions apart. */
  public static boolean isConcurrencyFailure(SQLException failure) {
    for (SQLException e : chain(failure)) {
      String state = e.getSQLState();
      if ("40001".equals(state)
          || "40P01".equals(state)
          || e.getErrorCode() == MARIADB_DEADLOCK
          || e.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT
          || e.getErrorCode() == H2_CONCURRENT_UPDATE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the database rolled the whole transaction back, not just the statement: a deadlock on
   * MariaDB (1213) or H2 (40001). Later statements would run in a new transaction.
   */
  public static boolean isTransactionLost(SQLException failure) {
    for (SQLException e : chain(failure)) {
      if (e.getErrorCode() == MARIADB_DEADLOCK || e.getErrorCode() == H2_DEADLOCK) {
        return true;
      }
    }
    return false;
  }

  /** Whether the connection to the database failed (SQLState class 08 or a connection type). */
  public static boolean isConnectionFailure(SQLException failure) {
    for (SQLException e : chain(failure)) {
      String state = e.getSQLState();
      if ((state != null && state.startsWith("08"))
          || e instanceof SQLNonTransientConnectionException
          || e instanceof SQLTransientConnectionException
          || e instanceof SQLRecoverableException) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@link StorageException} naming the operation, the SQLState and the vendor code. The driver
   * exception is attached only for a connection failure outside a batch (a batch exception's text
   * quotes the statement with its parameters).
   */
  public static StorageException translate(String operation, SQLException failure) {
    SQLException first = failure;
    for (SQLException e : chain(failure)) {
      if (e.getSQLState() != null) {
        first = e;
        break;
      }
    }
    String message =
        "Storage failed to "
            + operation
            + ": SQLState "
            + first.getSQLState()
            + ", vendor code "
            + first.getErrorCode()
            + (isConcurrencyFailure(failure)
                ? " (transaction conflict; retry the unit of work)"
                : "");
    boolean attach =
        isConnectionFailure(failure) && chain(failure).stream().noneMatch(SqlErrors::isBatch);
    return attach ? new StorageException(message, failure) : new StorageException(message);
  }

  private static boolean isBatch(SQLException e) {
    return e instanceof BatchUpdateException;
  }

  /** The exception, its next exceptions and its SQL causes, without repeats. */
  private static List<SQLException> chain(SQLException failure) {
    List<SQLException> result = new ArrayList<>();
    ArrayDeque<SQLException> pending = new ArrayDeque<>();
    pending.add(failure);
    while (!pending.isEmpty() && result.size() < MAX_CHAIN) {
      SQLException e = pending.poll();
      if (result.stream().anyMatch(seen -> seen == e)) {
        continue;
      }
      result.add(e);
      if (e.getNextException() != null) {
        pending.add(e.getNextException());
      }
      if (e.getCause() instanceof SQLException cause) {
        pending.add(cause);
      }
    }
    return result;
  }
}
