package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ChainVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain as stored: tampering with {@code rapport_audit_entry} directly in SQL (editing,
 * deleting or swapping rows) is reported by {@link AuditChain#verify} at the right sequence, and
 * units appending concurrently for a new tenant never fork the chain.
 */
abstract class AuditChainChecks {
  private static final int ENTRIES = 5;

  private final Samples given = new Samples();
  private final TenantId tenant = given.tenant();

  /** The database under test. */
  abstract Dialect dialect();

  private JdbcStorage storage() {
    return TestDatabases.shared(dialect());
  }

  @BeforeEach
  void fiveEntries() {
    storage()
        .inTransactionDo(
            unit -> {
              AuditHead head = unit.audit().lockHead(tenant);
              unit.audit().append(tenant, given.auditEntries(head, ENTRIES));
            });
  }

  private ChainVerification verify() {
    return storage()
        .inTransaction(
            unit ->
                AuditChain.verify(
                    unit.audit().read(tenant, 1, 1000).iterator(), unit.audit().head(tenant)));
  }

  /** Runs {@code sql}, whose only parameter is the tenant, directly on the database. */
  private void tamper(String sql) throws SQLException {
    try (Connection connection = TestDatabases.dataSource(dialect()).getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tenant.value());
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void verify_untouchedChain_isIntact() {
    // given / when
    ChainVerification verification = verify();

    // then
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(ENTRIES);
  }

  @Test
  void verify_entryEditedInSql_reportsItsSequence() throws SQLException {
    // given
    tamper(
        "UPDATE rapport_audit_entry SET action = 'customer.erased'"
            + " WHERE tenant_id = ? AND sequence_no = 3");

    // when
    ChainVerification verification = verify();

    // then
    assertThat(verification.intact()).isFalse();
    assertThat(verification.brokenAtSequence()).isEqualTo(3);
  }

  @Test
  void verify_entryDeletedInSql_reportsItsSequence() throws SQLException {
    // given
    tamper("DELETE FROM rapport_audit_entry WHERE tenant_id = ? AND sequence_no = 2");

    // when
    ChainVerification verification = verify();

    // then
    assertThat(verification.intact()).isFalse();
    assertThat(verification.brokenAtSequence()).isEqualTo(2);
  }

  @Test
  void verify_entriesSwappedInSql_reportsTheFirstSwappedSequence() throws SQLException {
    // given: entries 2 and 4 trade places
    String renumber =
        "UPDATE rapport_audit_entry SET sequence_no = %d WHERE tenant_id = ? AND sequence_no = %d";
    tamper(String.format(renumber, 1000, 2));
    tamper(String.format(renumber, 2, 4));
    tamper(String.format(renumber, 4, 1000));

    // when
    ChainVerification verification = verify();

    // then
    assertThat(verification.intact()).isFalse();
    assertThat(verification.brokenAtSequence()).isEqualTo(2);
  }

  @Test
  void append_concurrentUnitsOnANewTenant_neverForkTheChain() throws Exception {
    // given
    Samples other = new Samples();
    TenantId fresh = other.tenant();
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      tasks.add(
          () -> {
            storage()
                .inTransactionDo(
                    unit -> {
                      AuditHead head = unit.audit().lockHead(fresh);
                      unit.audit().append(fresh, other.auditEntries(head, 2));
                    });
            return null;
          });
    }

    // when
    try {
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    // then
    List<AuditEntry> chain = storage().inTransaction(unit -> unit.audit().read(fresh, 1, 1000));
    AuditHead head = storage().inTransaction(unit -> unit.audit().head(fresh));
    assertThat(chain).hasSize(writers * 2);
    assertThat(AuditChain.verify(chain.iterator(), head).intact()).isTrue();
  }
}
