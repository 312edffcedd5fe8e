package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Units of work of the adapter: own transactions (commit, rollback, nesting, thread binding) and
 * external ones, where the host holds the connection and decides commit or rollback.
 */
abstract class TransactionChecks {
  private final Samples given = new Samples();
  private final TenantId tenant = given.tenant();

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void databaseConfigured() {
    TestDatabases.shared(dialect());
  }

  private JdbcStorage shared() {
    return TestDatabases.shared(dialect());
  }

  private Optional<Customer> find(Customer customer) {
    return shared().inTransaction(unit -> unit.customers().find(tenant, customer.id()));
  }

  @Test
  void inTransaction_workThrows_rollsBackAndRethrowsTheSameException() {
    // given
    Customer customer = given.person("Rolled Back");
    IllegalStateException boom = new IllegalStateException("boom");

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                shared()
                    .inTransactionDo(
                        unit -> {
                          unit.customers().insert(tenant, customer);
                          throw boom;
                        }));

    // then
    assertThat(thrown).isSameAs(boom);
    assertThat(find(customer)).isEmpty();
  }

  @Test
  void inTransaction_nestedCall_joinsTheOuterUnit() {
    // given
    Customer customer = given.person("Nested");

    // when: the inner call writes, the outer one throws afterwards
    catchThrowable(
        () ->
            shared()
                .inTransactionDo(
                    outer -> {
                      shared().inTransactionDo(inner -> inner.customers().insert(tenant, customer));
                      assertThat(outer.customers().find(tenant, customer.id())).isPresent();
                      throw new IllegalStateException("outer fails");
                    }));

    // then: the outer call decided, and rolled the inner write back
    assertThat(find(customer)).isEmpty();
  }

  @Test
  void unitOfWork_usedAfterItsCallEnded_throwsIllegalState() {
    // given
    AtomicReference<UnitOfWork> escaped = new AtomicReference<>();
    shared().inTransactionDo(escaped::set);

    // when / then
    assertThatThrownBy(() -> escaped.get().customers().count(tenant))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void features_ownTransactions_declareDurableConcurrentPushdownOnly() {
    // given / when / then
    assertThat(shared().features())
        .containsExactlyInAnyOrder(
            StorageFeature.CONCURRENT_ACCESS,
            StorageFeature.DURABLE,
            StorageFeature.QUERY_PUSHDOWN);
    assertThat(shared().name()).isEqualTo("jdbc:" + dialect().shortName());
  }

  @Test
  void externalTransactions_hostCommits_rapportWritesAreStored() throws SQLException {
    // given
    Customer customer = given.person("Host Commits");
    DataSource dataSource = TestDatabases.dataSource(dialect());
    try (Connection host = dataSource.getConnection()) {
      host.setAutoCommit(false);
      JdbcStorage joined = external(dataSource, host);

      // when
      joined.inTransactionDo(unit -> unit.customers().insert(tenant, customer));
      assertThat(find(customer)).isEmpty();
      host.commit();
    }

    // then
    assertThat(find(customer)).contains(customer);
  }

  @Test
  void externalTransactions_hostRollsBack_nothingIsStored() throws SQLException {
    // given
    Customer customer = given.person("Host Rolls Back");
    DataSource dataSource = TestDatabases.dataSource(dialect());
    try (Connection host = dataSource.getConnection()) {
      host.setAutoCommit(false);
      JdbcStorage joined = external(dataSource, host);

      // when
      joined.inTransactionDo(unit -> unit.customers().insert(tenant, customer));
      host.rollback();

      // then: Rapport neither committed nor closed the host's connection
      assertThat(host.isClosed()).isFalse();
    }
    assertThat(find(customer)).isEmpty();
  }

  @Test
  void externalTransactions_workThrows_undoesOnlyThatUnitsWrites() throws SQLException {
    // given
    Customer kept = given.person("Kept");
    Customer undone = given.person("Undone");
    DataSource dataSource = TestDatabases.dataSource(dialect());
    try (Connection host = dataSource.getConnection()) {
      host.setAutoCommit(false);
      JdbcStorage joined = external(dataSource, host);
      joined.inTransactionDo(unit -> unit.customers().insert(tenant, kept));

      // when
      Throwable thrown =
          catchThrowable(
              () ->
                  joined.inTransactionDo(
                      unit -> {
                        unit.customers().insert(tenant, undone);
                        throw new IllegalArgumentException("rejected");
                      }));
      host.commit();

      // then
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("rejected");
      assertThat(joined.features()).contains(StorageFeature.EXTERNAL_TRANSACTIONS);
    }
    assertThat(find(kept)).contains(kept);
    assertThat(find(undone)).isEmpty();
  }

  @Test
  void externalTransactions_connectionInAutoCommit_isRefused() throws SQLException {
    // given
    DataSource dataSource = TestDatabases.dataSource(dialect());
    try (Connection host = dataSource.getConnection()) {
      host.setAutoCommit(true);
      JdbcStorage joined = external(dataSource, host);

      // when / then
      assertThatThrownBy(() -> joined.inTransaction(unit -> unit.customers().count(tenant)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("auto-commit");
    }
  }

  private JdbcStorage external(DataSource dataSource, Connection host) {
    return TestDatabases.storage(
        dialect(), dataSource, builder -> builder.externalTransactions(() -> host));
  }
}
