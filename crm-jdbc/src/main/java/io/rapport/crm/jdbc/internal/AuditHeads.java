package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.spi.StorageException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code rapport_audit_head} row of a tenant: read, locked, created on first use, moved. The
 * row is created with sequence 0 the first time a tenant's head is locked; two units doing this at
 * once are serialised by the primary key.
 */
final class AuditHeads {
  private static final String SELECT =
      "SELECT sequence_no, hash FROM rapport_audit_head WHERE tenant_id = ?";
  private static final String SELECT_FOR_UPDATE =
      """
      SELECT sequence_no, hash FROM rapport_audit_head WHERE tenant_id = ?
      FOR UPDATE""";
  private static final String INSERT_EMPTY =
      "INSERT INTO rapport_audit_head (tenant_id, sequence_no, hash) VALUES (?, 0, ?)";

  /** MariaDB: creates the head if absent, else leaves it unchanged. */
  private static final String ENSURE_EMPTY_MARIADB =
      """
      INSERT INTO rapport_audit_head (tenant_id, sequence_no, hash) VALUES (?, 0, ?)
      ON DUPLICATE KEY UPDATE sequence_no = sequence_no""";

  private static final String MOVE =
      "UPDATE rapport_audit_head SET sequence_no = ?, hash = ? WHERE tenant_id = ?";

  private AuditHeads() {}

  /** The head without locking it; {@link AuditHead#EMPTY} when the tenant has none. */
  static AuditHead read(Sql sql, TenantId tenant) {
    return sql.read(
            "read the audit head",
            () -> sql.queryFirst(SELECT, p -> p.id(tenant), AuditHeads::head))
        .orElse(AuditHead.EMPTY);
  }

  /**
   * Locks the head row until the transaction ends, creating it first if needed.
   *
   * <p>H2 and PostgreSQL: {@code SELECT ... FOR UPDATE} (one statement once the row exists); when
   * absent, insert it, and if a concurrent unit inserted it first, lock theirs once it commits.
   * MariaDB: an upsert that leaves the row unchanged, then the locking select. A locking select on
   * a missing row there takes a gap lock, and two units inserting into the same gap deadlock.
   */
  static AuditHead lock(Sql sql, TenantId tenant) {
    String operation = "lock the audit head";
    if (sql.dialect() == Dialect.MARIADB) {
      sql.write(
          operation,
          false,
          () -> sql.update(ENSURE_EMPTY_MARIADB, p -> p.id(tenant).text(AuditChain.GENESIS_HASH)),
          null);
      return selectForUpdate(sql, tenant).orElseThrow(AuditHeads::vanished);
    }
    Optional<AuditHead> existing = selectForUpdate(sql, tenant);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (sql.tryInsert(operation, INSERT_EMPTY, p -> p.id(tenant).text(AuditChain.GENESIS_HASH))) {
      return AuditHead.EMPTY;
    }
    return selectForUpdate(sql, tenant).orElseThrow(AuditHeads::vanished);
  }

  /** Moves the locked head to {@code head}. */
  static void move(Sql sql, TenantId tenant, AuditHead head) throws SQLException {
    int changed = sql.update(MOVE, p -> p.number(head.sequence()).text(head.hash()).id(tenant));
    if (changed != 1) {
      throw vanished();
    }
  }

  private static Optional<AuditHead> selectForUpdate(Sql sql, TenantId tenant) {
    return sql.read(
        "lock the audit head",
        () -> sql.queryFirst(SELECT_FOR_UPDATE, p -> p.id(tenant), AuditHeads::head));
  }

  private static AuditHead head(ResultSet row) throws SQLException {
    return new AuditHead(row.getLong("sequence_no"), row.getString("hash"));
  }

  private static StorageException vanished() {
    return new StorageException(
        "The audit head row of the tenant is missing or was created by a transaction this one"
            + " cannot see; retry the unit of work");
  }
}
