package io.rapport.crm.examples.cli.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database of a demo run, from a JDBC URL. For H2 it holds one connection open for the whole
 * run, so an in-memory database lives as long as the run and a file database is opened once.
 */
public final class DemoDatabase implements AutoCloseable {
  private final UrlDataSource dataSource;
  private final Connection keepAlive;

  private DemoDatabase(UrlDataSource dataSource, Connection keepAlive) {
    this.dataSource = dataSource;
    this.keepAlive = keepAlive;
  }

  /**
   * Opens the database at {@code url}.
   *
   * @throws SQLException if no driver serves the URL or the database cannot be reached
   */
  public static DemoDatabase open(String url) throws SQLException {
    UrlDataSource dataSource = new UrlDataSource(url);
    Connection keepAlive = url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url) : null;
    if (keepAlive == null) {
      dataSource.getConnection().close(); // fail early, with the driver's message
    }
    return new DemoDatabase(dataSource, keepAlive);
  }

  /** The data source of the database. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The URL without credentials or settings. */
  public String description() {
    return dataSource.toString();
  }

  @Override
  public void close() throws SQLException {
    if (keepAlive != null) {
      keepAlive.close();
    }
  }
}
