package io.rapport.crm.jdbc.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checker of {@link TenantScopeExtension}: it passes scoped statements and fails the rest. */
class TenantPredicatesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT id FROM rapport_customer WHERE tenant_id = ? AND id = ?",
        "SELECT c.id FROM rapport_customer c WHERE (c.tenant_id, c.id) IN ((?, ?), (?, ?))",
        "SELECT id FROM rapport_lead WHERE (tenant_id, capture_key) IN ((?, ?))",
        "SELECT c.id FROM rapport_segment_list_member l JOIN rapport_customer c"
            + " ON c.tenant_id = l.tenant_id AND c.id = l.customer_id WHERE l.tenant_id = ?",
        "SELECT id FROM rapport_pipeline WHERE tenant_id = ? AND definition_version = (SELECT"
            + " MAX(q.definition_version) FROM rapport_pipeline q WHERE q.tenant_id ="
            + " rapport_pipeline.tenant_id AND q.id = rapport_pipeline.id)",
        "INSERT INTO rapport_customer_tag (tenant_id, customer_id, tag) VALUES (?, ?, ?)",
        "UPDATE rapport_lead SET status = ? WHERE tenant_id = ? AND id = ? AND version = ?",
        "DELETE FROM \"crm\".rapport_customer_tag WHERE tenant_id = ? AND customer_id = ?",
        "SELECT 1 FROM rapport_schema_history",
        "SELECT 1"
      })
  void violation_scopedOrNotRapport_isEmpty(String sql) {
    // given a statement scoped to one tenant, or touching no Rapport table

    // when
    var violation = TenantPredicates.violation(sql);

    // then
    assertThat(violation).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT id FROM rapport_customer WHERE id = ?",
        "SELECT COUNT(*) FROM rapport_customer",
        "DELETE FROM rapport_outbox_event WHERE delivered_at IS NOT NULL",
        "UPDATE rapport_lead SET status = ? WHERE id = ?",
        "INSERT INTO rapport_customer_tag (customer_id, tag) VALUES (?, ?)",
        "SELECT c.id FROM rapport_customer c JOIN rapport_holding h ON h.customer_id = c.id"
            + " WHERE c.tenant_id = ?",
        "SELECT c.id FROM rapport_customer c WHERE c.tenant_id = ? AND EXISTS (SELECT 1 FROM"
            + " rapport_customer_tag t WHERE t.customer_id = c.id)",
        "SELECT c.id FROM rapport_customer c, rapport_holding h WHERE c.tenant_id = ?"
            + " AND h.tenant_id = c.tenant_id",
        "SELECT id FROM rapport_customer WHERE display_name = 'tenant_id = ?'",
        "SELECT id FROM rapport_customer WHERE tenant_id = tenant_id",
        "SELECT a.id FROM rapport_customer a JOIN rapport_customer b ON a.tenant_id = b.tenant_id"
      })
  void violation_unscoped_isReported(String sql) {
    // given a statement that can reach another tenant's rows

    // when
    var violation = TenantPredicates.violation(sql);

    // then
    assertThat(violation).isPresent();
  }

  @Test
  void checkRecorded_unscopedStatementThroughRecorder_fails() throws Exception {
    // given an unscoped statement sent through a recorded H2 data source
    TestDatabases.shared(Dialect.H2);
    DataSource recorded = TestDatabases.recording(TestDatabases.dataSource(Dialect.H2));
    String unscoped = "SELECT COUNT(*) FROM rapport_customer";
    try (Connection connection = recorded.getConnection();
        PreparedStatement statement = connection.prepareStatement(unscoped);
        ResultSet rows = statement.executeQuery()) {
      assertThat(rows.next()).isTrue();
    }

    // when / then
    assertThatThrownBy(TenantScopeExtension::checkRecorded)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(unscoped);
    TenantScopeExtension.checkRecorded();
  }
}
