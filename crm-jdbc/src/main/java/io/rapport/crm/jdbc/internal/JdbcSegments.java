package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.SegmentRepository;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link SegmentRepository} over one {@link JdbcUnit}. Criteria are stored as JSON and, to select
 * members, translated by {@link CriteriaSql} into one parameterised keyset query.
 */
final class JdbcSegments implements SegmentRepository {
  private static final String TYPE = "segment";
  private static final Table TABLE =
      Table.of("rapport_segment", "tenant_id", "id", "version", "name", "criteria", "created_at");
  private static final String INSERT = TABLE.insert();
  private static final String UPDATE =
      """
      UPDATE rapport_segment SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id", "created_at"));
  private static final String FIND =
      """
      SELECT %s FROM rapport_segment
      WHERE tenant_id = ? AND id = ?"""
          .formatted(TABLE.list("", "tenant_id"));
  private static final String INSERT_LISTED =
      Table.of("rapport_segment_list_member", "tenant_id", "segment_id", "customer_id").insert();
  private static final String FIND_LISTED =
      """
      SELECT customer_id FROM rapport_segment_list_member
      WHERE tenant_id = ? AND segment_id = ?""";
  // the whole primary key in ORDER BY: H2 then reads the keyset page in index order and stops at
  // the limit; with ORDER BY c.id alone it sorted every remaining customer of the tenant on each
  // page
  private static final String MEMBERS =
      """
      SELECT c.id FROM rapport_customer c
      WHERE c.tenant_id = ? %s
        AND (%s)%s
      ORDER BY c.tenant_id, c.id
      LIMIT ?""";
  private static final String LISTED =
      """
      SELECT c.id FROM rapport_segment_list_member l
      JOIN rapport_customer c ON c.tenant_id = l.tenant_id AND c.id = l.customer_id
      WHERE l.tenant_id = ? AND l.segment_id = ? %s%s
      ORDER BY l.tenant_id, l.segment_id, l.customer_id
      LIMIT ?""";

  private final JdbcUnit unit;

  JdbcSegments(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Segment segment) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(segment, TYPE);
    sql.write(
        "insert a segment",
        true,
        () -> {
          sql.update(
              INSERT,
              p ->
                  p.id(tenant)
                      .id(segment.id())
                      .number(segment.version())
                      .text(segment.name())
                      .text(segment.isStaticList() ? null : CriteriaJson.write(segment.criteria()))
                      .instant(segment.createdAt()));
          insertList(sql, tenant, segment);
          return null;
        },
        () -> new DuplicateRecordException(TYPE, segment.id()));
  }

  private static void insertList(Sql sql, TenantId tenant, Segment segment) throws SQLException {
    sql.batch(INSERT_LISTED, segment.list(), (p, id) -> p.id(tenant).id(segment.id()).id(id));
  }

  @Override
  public Segment update(TenantId tenant, Segment segment) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(segment, TYPE);
    long version = segment.version();
    return sql.write(
        "update a segment",
        true,
        () -> {
          int changed =
              sql.update(
                  UPDATE,
                  p ->
                      p.number(version + 1)
                          .text(segment.name())
                          .text(
                              segment.isStaticList()
                                  ? null
                                  : CriteriaJson.write(segment.criteria()))
                          .id(tenant)
                          .id(segment.id())
                          .number(version));
          if (changed == 0) {
            throw Versions.missingOrStale(
                sql,
                "rapport_segment",
                tenant,
                segment.id(),
                new RecordNotFoundException(TYPE, segment.id()),
                new ConcurrentUpdateException(TYPE, segment.id(), version));
          }
          sql.update(
              "DELETE FROM rapport_segment_list_member WHERE tenant_id = ? AND segment_id = ?",
              p -> p.id(tenant).id(segment.id()));
          insertList(sql, tenant, segment);
          return segment.withVersion(version + 1);
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, segment.id(), version));
  }

  @Override
  public List<Segment> listsHolding(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "read the static lists holding a customer",
        () -> SubjectReads.lists(sql, tenant, customer));
  }

  @Override
  public Optional<Segment> find(TenantId tenant, SegmentId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a segment",
        () -> {
          Optional<Segment> bare =
              sql.queryFirst(
                  FIND,
                  p -> p.id(tenant).id(id),
                  row -> {
                    String criteria = row.getString("criteria");
                    return new Segment(
                        SegmentId.of(row.getString("id")),
                        row.getLong("version"),
                        row.getString("name"),
                        criteria == null ? null : CriteriaJson.read(criteria),
                        Set.of(),
                        Columns.instant(row, "created_at"));
                  });
          if (bare.isEmpty() || !bare.get().isStaticList()) {
            return bare;
          }
          List<CustomerId> listed =
              sql.query(
                  FIND_LISTED, p -> p.id(tenant).id(id), row -> CustomerId.of(row.getString(1)));
          Segment segment = bare.get();
          return Optional.of(
              new Segment(
                  segment.id(),
                  segment.version(),
                  segment.name(),
                  null,
                  new HashSet<>(listed),
                  segment.createdAt()));
        });
  }

  @Override
  public List<CustomerId> members(
      TenantId tenant, Criterion criteria, CustomerId after, int limit, RecordFilter filter) {
    Sql sql = unit.enter(tenant);
    AccessSql access = AccessSql.of(filter);
    Checks.notNull(criteria, "criteria");
    checkLimit(limit);
    CriteriaSql predicate = CriteriaSql.of(criteria);
    return sql.read(
        "select segment members",
        () ->
            sql.query(
                MEMBERS.formatted(
                    after == null ? "" : "AND c.id > ?",
                    predicate.predicate(),
                    access.andCondition()),
                p -> {
                  p.id(tenant);
                  if (after != null) {
                    p.id(after);
                  }
                  predicate.bind(p);
                  access.bind(p);
                  p.number(limit);
                },
                row -> CustomerId.of(row.getString(1))));
  }

  @Override
  public List<CustomerId> listed(
      TenantId tenant, SegmentId segment, CustomerId after, int limit, RecordFilter filter) {
    Sql sql = unit.enter(tenant);
    AccessSql access = AccessSql.of(filter);
    Checks.notNull(segment, "segment");
    checkLimit(limit);
    return sql.read(
        "select listed segment members",
        () ->
            sql.query(
                LISTED.formatted(
                    after == null ? "" : "AND l.customer_id > ?", access.andCondition()),
                p -> {
                  p.id(tenant).id(segment);
                  if (after != null) {
                    p.id(after);
                  }
                  access.bind(p);
                  p.number(limit);
                },
                row -> CustomerId.of(row.getString(1))));
  }

  static void checkLimit(int limit) {
    Checks.argument(
        limit >= 1 && limit <= 10_000, "limit", "limit must be 1..10000 but was %s", limit);
  }
}
