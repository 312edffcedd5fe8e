package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.spi.CustomerMerges;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.MergeRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link CustomerMerges} over one {@link JdbcUnit}, in {@code rapport_customer_merge} and {@code
 * rapport_customer_merge_member}, with the adapter's {@link CustomerReferences}.
 */
final class JdbcCustomerMerges implements CustomerMerges {
  private static final String COLUMNS =
      "m.id, m.survivor_id, m.merged_ids, m.before_images, m.repointed, m.merged_at,"
          + " m.undo_deadline, m.undone_at";
  private static final String INSERT =
      """
      INSERT INTO rapport_customer_merge (tenant_id, id, survivor_id, merged_ids, before_images,
        repointed, merged_at, undo_deadline, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_MEMBER =
      """
      INSERT INTO rapport_customer_merge_member (tenant_id, customer_id, merge_id)
      VALUES (?, ?, ?)""";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM rapport_customer_merge m WHERE m.tenant_id = ? AND m.id = ?";
  private static final String UNDO =
      """
      UPDATE rapport_customer_merge SET undone_at = ?
      WHERE tenant_id = ? AND id = ? AND undone_at IS NULL""";
  private static final String MERGED_AWAY =
      "SELECT "
          + COLUMNS
          + """
           FROM rapport_customer_merge_member k
          JOIN rapport_customer_merge m ON m.tenant_id = k.tenant_id AND m.id = k.merge_id
          WHERE k.tenant_id = ? AND k.customer_id = ? AND m.undone_at IS NULL
          ORDER BY m.merged_at DESC""";

  private final JdbcUnit unit;
  private final List<CustomerReferences> references;

  JdbcCustomerMerges(JdbcUnit unit) {
    this.unit = unit;
    this.references = JdbcReferenceKinds.all(unit);
  }

  @Override
  public void insert(TenantId tenant, MergeRecord merge) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(merge, "merge");
    sql.write(
        "store a customer merge",
        true,
        () -> {
          sql.update(
              INSERT,
              p ->
                  p.id(tenant)
                      .id(merge.id())
                      .id(merge.survivor())
                      .text(MergeJson.ids(merge.merged()))
                      .text(MergeJson.customers(merge.before()))
                      .text(MergeJson.rows(merge.repointed()))
                      .instant(merge.mergedAt())
                      .instant(merge.undoDeadline())
                      .instant(merge.undoneAt()));
          sql.batch(
              INSERT_MEMBER,
              merge.merged(),
              (p, customer) -> p.id(tenant).id(customer).id(merge.id()));
          return null;
        },
        () -> new DuplicateRecordException("customer merge", merge.id()));
  }

  @Override
  public Optional<MergeRecord> find(TenantId tenant, MergeId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a customer merge",
        () -> sql.queryFirst(FIND, p -> p.id(tenant).id(id), JdbcCustomerMerges::read));
  }

  @Override
  public boolean markUndone(TenantId tenant, MergeId id, Instant at) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    Checks.notNull(at, "at");
    return sql.write(
        "mark a customer merge undone",
        false,
        () -> sql.update(UNDO, p -> p.instant(at).id(tenant).id(id)) == 1,
        null);
  }

  @Override
  public Optional<MergeRecord> mergedAway(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "find the merge of a customer",
        () ->
            sql.queryFirst(MERGED_AWAY, p -> p.id(tenant).id(customer), JdbcCustomerMerges::read));
  }

  @Override
  public List<CustomerReferences> references() {
    return references;
  }

  private static MergeRecord read(ResultSet row) throws SQLException {
    return new MergeRecord(
        MergeId.of(row.getString("id")),
        CustomerId.of(row.getString("survivor_id")),
        MergeJson.readIds(row.getString("merged_ids")),
        MergeJson.readCustomers(row.getString("before_images")),
        MergeJson.readRows(row.getString("repointed")),
        Columns.instant(row, "merged_at"),
        Columns.instant(row, "undo_deadline"),
        Columns.instant(row, "undone_at"));
  }
}
