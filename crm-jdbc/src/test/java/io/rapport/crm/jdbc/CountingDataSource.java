package io.rapport.crm.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts database round trips made through it: statement executions ({@code
 * execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeLargeUpdate}, {@code
 * executeBatch}, {@code executeLargeBatch}) and, apart, savepoint operations. Built from {@link
 * Proxy}s over the JDBC interfaces, so it works with any driver. Thread-safe.
 */
public final class CountingDataSource {
  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");
  private static final Set<String> SAVEPOINT_CALLS = Set.of("setSavepoint", "releaseSavepoint");

  private final DataSource target;
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();
  private final AtomicInteger savepoints = new AtomicInteger();
  private final List<String> prepared = new CopyOnWriteArrayList<>();

  /** Counts the round trips made through {@code target}. */
  public CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** The counting data source to hand to the code under test. */
  public DataSource dataSource() {
    return proxy(DataSource.class, target);
  }

  /** Statement executions since the last {@link #reset()}, batches included. */
  public int statements() {
    return statements.get();
  }

  /** Batch executions ({@code executeBatch}) since the last {@link #reset()}. */
  public int batches() {
    return batches.get();
  }

  /** Savepoints set or released since the last {@link #reset()}. */
  public int savepoints() {
    return savepoints.get();
  }

  /** The SQL text of every statement prepared since the last {@link #reset()}, in order. */
  public List<String> prepared() {
    return List.copyOf(prepared);
  }

  /** Sets every count back to zero. */
  public void reset() {
    prepared.clear();
    statements.set(0);
    batches.set(0);
    savepoints.set(0);
  }

  private <T> T proxy(Class<T> type, Object delegate) {
    InvocationHandler handler = (proxy, method, args) -> invoke(delegate, method, args);
    return type.cast(
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  private Object invoke(Object delegate, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (delegate instanceof Statement && EXECUTIONS.contains(name)) {
      statements.incrementAndGet();
      if (name.startsWith("executeBatch") || name.equals("executeLargeBatch")) {
        batches.incrementAndGet();
      }
    }
    if (delegate instanceof Connection
        && name.equals("prepareStatement")
        && args != null
        && args.length > 0
        && args[0] instanceof String sql) {
      prepared.add(sql);
    }
    if (delegate instanceof Connection && SAVEPOINT_CALLS.contains(name)) {
      savepoints.incrementAndGet();
    }
    Object result;
    try {
      result = method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result instanceof PreparedStatement prepared
        && method.getReturnType() == PreparedStatement.class) {
      return proxy(PreparedStatement.class, prepared);
    }
    if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
      return proxy(Statement.class, statement);
    }
    if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
      return proxy(Connection.class, connection);
    }
    return result;
  }
}
