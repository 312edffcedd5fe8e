package io.rapport.crm.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hands {@link JdbcStorage} the connection of the transaction the host application holds on the
 * current thread, for {@link JdbcStorage.Builder#externalTransactions(ConnectionSupplier)}.
 *
 * <p>The connection must have auto-commit off. Rapport never commits, rolls back or closes it: the
 * host does. With Spring, pass {@code () -> DataSourceUtils.getConnection(dataSource)}.
 * Implementations must be thread-safe; they are called once per outermost unit of work, on the
 * thread that runs it.
 */
@FunctionalInterface
public interface ConnectionSupplier {

  /**
   * The connection of the current thread's transaction; never null.
   *
   * @throws SQLException if no connection can be had
   */
  Connection currentConnection() throws SQLException;
}
