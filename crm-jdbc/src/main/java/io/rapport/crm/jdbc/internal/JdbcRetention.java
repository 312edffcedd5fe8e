package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.lead.LeadAnonymisation;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CampaignMemberKey;
import io.rapport.crm.spi.RetentionCheckpoint;
import io.rapport.crm.spi.RetentionStore;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RetentionStore} over one {@link JdbcUnit}. Each selection is one keyset query ordered by
 * the primary key; deleting members sends one row-value {@code IN} delete per batch of keys.
 */
final class JdbcRetention implements RetentionStore {
  private static final String CLOSED_CUSTOMERS =
      """
      SELECT id FROM rapport_customer
      WHERE tenant_id = ? AND status = 'CLOSED' AND updated_at < ? %s
      ORDER BY tenant_id, id
      LIMIT ?""";
  private static final String LEADS =
      """
      SELECT id FROM rapport_lead
      WHERE tenant_id = ? AND status IN (%s) AND updated_at < ? AND capture_key NOT LIKE ? %s
      ORDER BY tenant_id, id
      LIMIT ?""";
  private static final String MEMBERS =
      """
      SELECT m.campaign_id, m.customer_id FROM rapport_campaign_member m
      JOIN rapport_campaign c ON c.tenant_id = m.tenant_id AND c.id = m.campaign_id
      WHERE m.tenant_id = ? AND c.ends_on < ? %s
      ORDER BY m.tenant_id, m.campaign_id, m.customer_id
      LIMIT ?""";
  private static final String MEMBERS_AFTER =
      "AND (m.campaign_id > ? OR (m.campaign_id = ? AND m.customer_id > ?))";
  private static final String DELETE_MEMBERS =
      """
      DELETE FROM rapport_campaign_member
      WHERE (tenant_id, campaign_id, customer_id) IN (%s)""";
  private static final String FIND_CHECKPOINT =
      """
      SELECT run_id, cutoff, last_key, processed, batches FROM rapport_retention_checkpoint
      WHERE tenant_id = ? AND record_type = ?""";
  private static final String DELETE_CHECKPOINT =
      "DELETE FROM rapport_retention_checkpoint WHERE tenant_id = ? AND record_type = ?";
  private static final String INSERT_CHECKPOINT =
      """
      INSERT INTO rapport_retention_checkpoint
        (tenant_id, record_type, run_id, cutoff, last_key, processed, batches)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  private static final String FIND_ANCHOR =
      "SELECT sequence_no, hash FROM rapport_audit_anchor WHERE tenant_id = ?";
  private static final String ENTRY_HASH =
      "SELECT hash FROM rapport_audit_entry WHERE tenant_id = ? AND sequence_no = ?";
  private static final String DELETE_ENTRIES =
      "DELETE FROM rapport_audit_entry WHERE tenant_id = ? AND sequence_no <= ?";
  private static final String DELETE_ANCHOR =
      "DELETE FROM rapport_audit_anchor WHERE tenant_id = ?";
  private static final String INSERT_ANCHOR =
      "INSERT INTO rapport_audit_anchor (tenant_id, sequence_no, hash) VALUES (?, ?, ?)";

  private final JdbcUnit unit;

  JdbcRetention(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public List<CustomerId> closedCustomers(
      TenantId tenant, Instant closedBefore, CustomerId after, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(closedBefore, "closedBefore");
    checkLimit(limit);
    String query = CLOSED_CUSTOMERS.formatted(after == null ? "" : "AND id > ?");
    return sql.read(
        "select closed customers",
        () ->
            sql.query(
                query,
                p -> {
                  p.id(tenant).instant(closedBefore);
                  if (after != null) {
                    p.id(after);
                  }
                  p.number(limit);
                },
                row -> CustomerId.of(row.getString(1))));
  }

  @Override
  public List<LeadId> leadsToAnonymise(
      TenantId tenant, Set<LeadStatus> statuses, Instant changedBefore, LeadId after, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(statuses, "statuses");
    Checks.notNull(changedBefore, "changedBefore");
    checkLimit(limit);
    if (statuses.isEmpty()) {
      return List.of();
    }
    List<LeadStatus> ordered = statuses.stream().sorted().toList();
    String query =
        LEADS.formatted(InLists.markers(ordered.size()), after == null ? "" : "AND id > ?");
    return sql.read(
        "select leads to anonymise",
        () ->
            sql.query(
                query,
                p -> {
                  p.id(tenant);
                  for (LeadStatus status : ordered) {
                    p.text(status.name());
                  }
                  p.instant(changedBefore).text(LeadAnonymisation.CAPTURE_KEY_PREFIX + "%");
                  if (after != null) {
                    p.id(after);
                  }
                  p.number(limit);
                },
                row -> LeadId.of(row.getString(1))));
  }

  @Override
  public List<CampaignMemberKey> membersOfEndedCampaigns(
      TenantId tenant, LocalDate endedBefore, CampaignMemberKey after, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(endedBefore, "endedBefore");
    checkLimit(limit);
    String query = MEMBERS.formatted(after == null ? "" : MEMBERS_AFTER);
    return sql.read(
        "select members of ended campaigns",
        () ->
            sql.query(
                query,
                p -> {
                  p.id(tenant).date(endedBefore);
                  if (after != null) {
                    p.id(after.campaign()).id(after.campaign()).id(after.customer());
                  }
                  p.number(limit);
                },
                row ->
                    new CampaignMemberKey(
                        CampaignId.of(row.getString(1)), CustomerId.of(row.getString(2)))));
  }

  @Override
  public int deleteMembers(TenantId tenant, List<CampaignMemberKey> members) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(members, "members");
    if (members.isEmpty()) {
      return 0;
    }
    List<List<CampaignMemberKey>> chunks = InLists.chunks(members, sql.batchSize());
    return sql.write(
        "delete campaign members",
        chunks.size() > 1,
        () -> {
          int deleted = 0;
          for (List<CampaignMemberKey> chunk : chunks) {
            String statement =
                DELETE_MEMBERS.formatted(
                    String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")));
            deleted +=
                sql.update(
                    statement,
                    p -> {
                      for (CampaignMemberKey key : chunk) {
                        p.id(tenant).id(key.campaign()).id(key.customer());
                      }
                    });
          }
          return deleted;
        },
        null);
  }

  @Override
  public AuditHead auditAnchor(TenantId tenant) {
    Sql sql = unit.enter(tenant);
    return sql.read("read the audit anchor", () -> anchorOf(sql, tenant));
  }

  private static AuditHead anchorOf(Sql sql, TenantId tenant) throws SQLException {
    return sql.queryFirst(
            FIND_ANCHOR,
            p -> p.id(tenant),
            row -> new AuditHead(row.getLong("sequence_no"), row.getString("hash")))
        .orElse(AuditHead.EMPTY);
  }

  @Override
  public int pruneAudit(TenantId tenant, long throughSequence) {
    Sql sql = unit.enter(tenant);
    return sql.write(
        "remove old audit entries",
        true,
        () -> {
          AuditHead anchor = anchorOf(sql, tenant);
          Optional<String> hash =
              throughSequence > anchor.sequence()
                  ? sql.queryFirst(
                      ENTRY_HASH,
                      p -> p.id(tenant).number(throughSequence),
                      row -> row.getString(1))
                  : Optional.empty();
          Checks.argument(
              hash.isPresent(),
              "throughSequence",
              "throughSequence must be after the anchor %s and name an entry but was %s",
              anchor.sequence(),
              throughSequence);
          int removed = sql.update(DELETE_ENTRIES, p -> p.id(tenant).number(throughSequence));
          sql.update(DELETE_ANCHOR, p -> p.id(tenant));
          sql.update(INSERT_ANCHOR, p -> p.id(tenant).number(throughSequence).text(hash.get()));
          return removed;
        },
        null);
  }

  @Override
  public Optional<RetentionCheckpoint> checkpoint(TenantId tenant, RetainedRecordType type) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(type, "type");
    return sql.read(
        "read a retention checkpoint",
        () ->
            sql.queryFirst(
                FIND_CHECKPOINT,
                p -> p.id(tenant).text(type.name()),
                row ->
                    new RetentionCheckpoint(
                        type,
                        row.getString("run_id"),
                        Columns.instant(row, "cutoff"),
                        row.getString("last_key"),
                        row.getLong("processed"),
                        row.getInt("batches"))));
  }

  @Override
  public void saveCheckpoint(TenantId tenant, RetentionCheckpoint checkpoint) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(checkpoint, "checkpoint");
    sql.write(
        "save a retention checkpoint",
        true,
        () -> {
          sql.update(DELETE_CHECKPOINT, p -> p.id(tenant).text(checkpoint.type().name()));
          return sql.update(
              INSERT_CHECKPOINT,
              p ->
                  p.id(tenant)
                      .text(checkpoint.type().name())
                      .text(checkpoint.runId())
                      .instant(checkpoint.cutoff())
                      .text(checkpoint.lastKey())
                      .number(checkpoint.processed())
                      .number(checkpoint.batches()));
        },
        null);
  }

  @Override
  public void clearCheckpoint(TenantId tenant, RetainedRecordType type) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(type, "type");
    sql.write(
        "clear a retention checkpoint",
        false,
        () -> sql.update(DELETE_CHECKPOINT, p -> p.id(tenant).text(type.name())),
        null);
  }

  private static void checkLimit(int limit) {
    Checks.argument(
        limit >= 1 && limit <= MAX_LIMIT,
        "limit",
        "limit must be 1..%s but was %s",
        MAX_LIMIT,
        limit);
  }
}
