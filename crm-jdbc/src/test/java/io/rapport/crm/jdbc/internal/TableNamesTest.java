package io.rapport.crm.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.jdbc.Dialect;
import org.junit.jupiter.api.Test;

/** Statements name the host-chosen schema before each Rapport table, and nowhere else. */
class TableNamesTest {

  @Test
  void qualify_currentSchema_leavesTheStatementAsWritten() {
    // given
    String sql = "SELECT c.id FROM rapport_customer c WHERE c.tenant_id = ?";

    // when / then
    assertThat(TableNames.currentSchema().qualify(sql)).isSameAs(sql);
  }

  @Test
  void qualify_namedSchemaOnPostgres_quotesItBeforeEveryTable() {
    // given
    String sql =
        "SELECT c.id FROM rapport_customer c WHERE c.id IN (SELECT k.customer_id FROM"
            + " rapport_customer_name_key k WHERE k.tenant_id = ?)";

    // when
    String qualified = TableNames.in(Dialect.POSTGRESQL, "crm").qualify(sql);

    // then
    assertThat(qualified)
        .isEqualTo(
            "SELECT c.id FROM \"crm\".rapport_customer c WHERE c.id IN (SELECT k.customer_id FROM"
                + " \"crm\".rapport_customer_name_key k WHERE k.tenant_id = ?)");
  }

  @Test
  void qualify_tableNameAsColumnQualifier_staysUnqualified() {
    // given
    String sql =
        "SELECT id FROM rapport_pipeline WHERE version = (SELECT MAX(q.version) FROM"
            + " rapport_pipeline q WHERE q.id = rapport_pipeline.id)";

    // when
    String qualified = TableNames.in(Dialect.MARIADB, "crm").qualify(sql);

    // then
    assertThat(qualified)
        .isEqualTo(
            "SELECT id FROM `crm`.rapport_pipeline WHERE version = (SELECT MAX(q.version) FROM"
                + " `crm`.rapport_pipeline q WHERE q.id = rapport_pipeline.id)");
  }

  @Test
  void qualify_nameInsideAnIdentifierOrAlreadyQualified_isLeftAlone() {
    // given
    String sql = "SELECT x.my_rapport_total, \"rapport_y\" FROM \"s\".rapport_audit_head";

    // when / then
    assertThat(TableNames.in(Dialect.H2, "crm").qualify(sql)).isEqualTo(sql);
  }
}
