package io.rapport.crm.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A data source that records the text of every SQL statement sent through it: each string handed to
 * {@code Connection.prepareStatement} / {@code prepareCall}, and to {@code Statement.execute*} /
 * {@code addBatch} of a plain statement. Built from {@link Proxy}s over the JDBC interfaces, so it
 * works with any driver. Thread-safe.
 */
public final class RecordingDataSource {
  private static final Set<String> PREPARES = Set.of("prepareStatement", "prepareCall");
  private static final Set<String> TEXT_EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  private final DataSource target;
  private final List<String> recorded = new ArrayList<>();

  /** Records the statements sent through {@code target}. */
  public RecordingDataSource(DataSource target) {
    this.target = target;
  }

  /** The recording data source to hand to the code under test. */
  public DataSource dataSource() {
    return proxy(DataSource.class, target);
  }

  /** The statements recorded since the last call, in order; the record is then emptied. */
  public synchronized List<String> drain() {
    List<String> drained = List.copyOf(recorded);
    recorded.clear();
    return drained;
  }

  private synchronized void record(String sql) {
    recorded.add(sql);
  }

  private <T> T proxy(Class<T> type, Object delegate) {
    InvocationHandler handler = (proxy, method, args) -> invoke(delegate, method, args);
    return type.cast(
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  private Object invoke(Object delegate, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    boolean prepare = delegate instanceof Connection && PREPARES.contains(name);
    boolean plainText =
        delegate instanceof Statement
            && !(delegate instanceof PreparedStatement)
            && TEXT_EXECUTIONS.contains(name);
    if ((prepare || plainText) && args != null && args.length > 0 && args[0] instanceof String s) {
      record(s);
    }
    Object result;
    try {
      result = method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    Class<?> returned = method.getReturnType();
    if (result instanceof CallableStatement callable && returned == CallableStatement.class) {
      return proxy(CallableStatement.class, callable);
    }
    if (result instanceof PreparedStatement prepared && returned == PreparedStatement.class) {
      return proxy(PreparedStatement.class, prepared);
    }
    if (result instanceof Statement statement && returned == Statement.class) {
      return proxy(Statement.class, statement);
    }
    if (result instanceof Connection connection && returned == Connection.class) {
      return proxy(Connection.class, connection);
    }
    return result;
  }
}
