package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.spi.StorageException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A deadlock makes MariaDB and H2 roll the whole transaction back, not just the statement; a unit
 * that catches the resulting exception and goes on must not commit what follows as if nothing
 * happened. The deadlock is simulated: the next write fails with MariaDB's error 1213.
 */
class H2LostTransactionTest {
  private final Samples given = new Samples();
  private final TenantId tenant = given.tenant();
  private final AtomicBoolean deadlockNextWrite = new AtomicBoolean();

  private JdbcStorage storage() {
    return TestDatabases.storage(
        Dialect.H2, deadlocking(TestDatabases.dataSource(Dialect.H2)), builder -> builder);
  }

  private Customer stored(Customer existing) {
    storage().inTransactionDo(unit -> unit.customers().insert(tenant, existing));
    return existing;
  }

  @Test
  void commit_afterADeadlockTheWorkCaught_isRefusedAndNothingIsStored() {
    // given
    Customer existing = stored(given.person("Existing"));
    Customer before = given.person("Before");

    // when: the work catches the deadlock and returns normally
    Throwable thrown =
        catchThrowable(
            () ->
                storage()
                    .inTransactionDo(
                        unit -> {
                          unit.customers().insert(tenant, before);
                          deadlockNextWrite.set(true);
                          assertThat(
                                  catchThrowable(() -> unit.customers().update(tenant, existing)))
                              .isInstanceOf(ConcurrentUpdateException.class);
                        }));

    // then
    assertThat(thrown).isInstanceOf(StorageException.class).hasMessageContaining("deadlock");
    assertThat(
            storage()
                .<Optional<Customer>>inTransaction(
                    unit -> unit.customers().find(tenant, before.id())))
        .isEmpty();
  }

  @Test
  void write_afterADeadlockTheWorkCaught_isRefused() {
    // given
    Customer existing = stored(given.person("Existing"));
    Customer after = given.person("After");

    // when
    AtomicReference<Throwable> refused = new AtomicReference<>();
    catchThrowable(
        () ->
            storage()
                .inTransactionDo(
                    unit -> {
                      deadlockNextWrite.set(true);
                      catchThrowable(() -> unit.customers().update(tenant, existing));
                      refused.set(catchThrowable(() -> unit.customers().insert(tenant, after)));
                    }));
    Throwable thrown = refused.get();

    // then
    assertThat(thrown).isInstanceOf(StorageException.class).hasMessageContaining("deadlock");
  }

  private DataSource deadlocking(DataSource target) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(target, method, args);
              return result instanceof Connection connection ? connection(connection) : result;
            });
  }

  private Connection connection(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(target, method, args);
              return result instanceof PreparedStatement statement ? statement(statement) : result;
            });
  }

  private PreparedStatement statement(PreparedStatement target) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              if (method.getName().equals("executeUpdate") && deadlockNextWrite.getAndSet(false)) {
                throw new SQLException("Deadlock found when trying to get lock", "40001", 1213);
              }
              return invoke(target, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
