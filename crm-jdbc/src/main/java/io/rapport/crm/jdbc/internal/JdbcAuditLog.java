package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.spi.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link AuditLog} over one {@link JdbcUnit}. The chain head of a tenant is a row of {@code
 * rapport_audit_head}, locked with {@code SELECT ... FOR UPDATE} until the transaction ends, so
 * units append in turn and the chain never forks; the primary key {@code (tenant_id, sequence_no)}
 * of {@code rapport_audit_entry} backs this up.
 */
final class JdbcAuditLog implements AuditLog {
  static final Table TABLE =
      Table.of(
          "rapport_audit_entry",
          "tenant_id",
          "sequence_no",
          "occurred_at",
          "actor_kind",
          "actor_id",
          "record_type",
          "record_id",
          "action",
          "changes",
          "reason",
          "previous_hash",
          "hash");
  private static final String INSERT = TABLE.insert();
  private static final String FROM_SEQUENCE =
      """
      SELECT %s FROM rapport_audit_entry
      WHERE tenant_id = ? AND sequence_no >= ?
      ORDER BY sequence_no
      LIMIT ?"""
          .formatted(TABLE.list("", "tenant_id"));
  private static final String FOR_RECORD =
      """
      SELECT %s FROM rapport_audit_entry
      WHERE tenant_id = ? AND record_type = ? AND record_id = ?
      ORDER BY sequence_no"""
          .formatted(TABLE.list("", "tenant_id"));

  private final JdbcUnit unit;

  JdbcAuditLog(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public AuditHead lockHead(TenantId tenant) {
    Sql sql = unit.enter(tenant);
    AuditHead head = AuditHeads.lock(sql, tenant);
    unit.lockedHead(tenant, head);
    return head;
  }

  @Override
  public AuditHead head(TenantId tenant) {
    Sql sql = unit.enter(tenant);
    return AuditHeads.read(sql, tenant);
  }

  @Override
  public void append(TenantId tenant, List<AuditEntry> entries) {
    Sql sql = unit.enter(tenant);
    List<AuditEntry> chained = Checks.list(entries, "entries");
    AuditHead head = unit.lockedHead(tenant);
    if (head == null) {
      throw new IllegalStateException(
          "Lock the audit head of tenant " + tenant + " in this unit of work before appending");
    }
    AuditHead next = AuditChain.continueFrom(tenant, head, chained);
    if (chained.isEmpty()) {
      return;
    }
    sql.write(
        "append audit entries",
        true,
        () -> {
          sql.batch(INSERT, chained, (p, entry) -> bind(p, tenant, entry));
          AuditHeads.move(sql, tenant, next);
          return null;
        },
        () -> new DuplicateRecordException("audit entry", chained.get(0).sequence()));
    unit.lockedHead(tenant, next);
  }

  private static void bind(Params params, TenantId tenant, AuditEntry entry) throws SQLException {
    params
        .id(tenant)
        .number(entry.sequence())
        .instant(entry.at())
        .text(entry.actor().kind().name())
        .text(entry.actor().id())
        .text(entry.recordType())
        .text(entry.recordId())
        .text(entry.action())
        .text(Json.changes(entry.changes()))
        .text(entry.reason())
        .text(entry.previousHash())
        .text(entry.hash());
  }

  @Override
  public List<AuditEntry> read(TenantId tenant, long fromSequence, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    return sql.read(
        "read audit entries",
        () ->
            sql.query(
                FROM_SEQUENCE,
                p -> p.id(tenant).number(fromSequence).number(limit),
                row -> read(row, tenant)));
  }

  @Override
  public List<AuditEntry> forRecord(TenantId tenant, String recordType, String recordId) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(recordType, "recordType");
    Checks.notNull(recordId, "recordId");
    return sql.read(
        "read the audit entries of a record",
        () ->
            sql.query(
                FOR_RECORD,
                p -> p.id(tenant).text(recordType).text(recordId),
                row -> read(row, tenant)));
  }

  @Override
  public List<AuditEntry> forRecord(
      TenantId tenant, String recordType, String recordId, long afterSequence, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(recordType, "recordType");
    Checks.notNull(recordId, "recordId");
    AuditLog.checkPage(afterSequence, limit);
    return sql.read(
        "page the audit entries of a record",
        () -> SubjectReads.audit(sql, tenant, recordType, recordId, afterSequence, limit));
  }

  static AuditEntry read(ResultSet row, TenantId tenant) throws SQLException {
    return new AuditEntry(
        tenant,
        row.getLong("sequence_no"),
        Columns.instant(row, "occurred_at"),
        new Actor(
            Columns.enumValue(row, "actor_kind", Actor.Kind.class), row.getString("actor_id")),
        row.getString("record_type"),
        row.getString("record_id"),
        row.getString("action"),
        Json.readChanges(row.getString("changes")),
        row.getString("reason"),
        row.getString("previous_hash"),
        row.getString("hash"));
  }
}
