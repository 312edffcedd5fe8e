package io.rapport.crm.examples.cli.demo;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} opening a new connection per request through {@link DriverManager}: enough
 * for a command-line tool, where a pool would only add start-up time. Any driver on the class path
 * (H2, PostgreSQL, MariaDB) serves its own URLs. Thread-safe.
 */
final class UrlDataSource implements DataSource {
  private final String url;
  private PrintWriter logWriter;
  private int loginTimeout;

  UrlDataSource(String url) {
    this.url = url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /** The URL without credentials or settings: everything before the first '?' or ';'. */
  @Override
  public String toString() {
    return safeUrl(url);
  }

  /** {@code url} cut before its first '?' or ';', where drivers take user names and passwords. */
  static String safeUrl(String url) {
    int cut = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    String head = url.substring(0, cut);
    int credentials = head.indexOf('@');
    int scheme = head.indexOf("//");
    return credentials > scheme && scheme >= 0
        ? head.substring(0, scheme + 2) + "***@" + head.substring(credentials + 1)
        : head;
  }
}
