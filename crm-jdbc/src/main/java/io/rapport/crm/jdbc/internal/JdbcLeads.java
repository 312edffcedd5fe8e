package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.LeadRepository;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link LeadRepository} over one {@link JdbcUnit}. Inserts and updates of many leads are batched;
 * a bulk update checks every row's update count and fails whole on the first stale or missing lead.
 */
final class JdbcLeads implements LeadRepository {
  private static final String TYPE = "lead";
  private static final String TABLE = "rapport_lead";

  /** The open statuses, from {@link LeadStatus#open()}. */
  private static final String OPEN = EnumLiterals.list(LeadStatus.class, LeadStatus::open);

  private static final String FIND =
      """
      SELECT %s FROM rapport_lead
      WHERE tenant_id = ? AND id = ?"""
          .formatted(LeadRows.COLUMNS);
  private static final String FIND_ALL =
      """
      SELECT %s FROM rapport_lead
      WHERE %%s"""
          .formatted(LeadRows.COLUMNS);
  private static final String BY_CAPTURE_KEY =
      """
      SELECT %s FROM rapport_lead
      WHERE tenant_id = ? AND capture_key = ?"""
          .formatted(LeadRows.COLUMNS);
  private static final String OPEN_SHARING_KEY =
      """
      SELECT %s FROM rapport_lead
      WHERE tenant_id = ? AND status IN (%s)
        AND (%%s)
      ORDER BY id
      LIMIT ?"""
          .formatted(LeadRows.COLUMNS, OPEN);
  private static final String BY_STATUS =
      """
      SELECT %s FROM rapport_lead
      WHERE tenant_id = ? AND status = ?
      ORDER BY tenant_id, status, id
      LIMIT ?"""
          .formatted(LeadRows.COLUMNS);
  private static final String OPEN_BY_OWNER =
      """
      SELECT owner_id, COUNT(*) FROM rapport_lead
      WHERE tenant_id = ? AND owner_id IS NOT NULL AND status IN (%s)
      GROUP BY owner_id"""
          .formatted(OPEN);
  private static final String VERSIONS = "SELECT id, version FROM rapport_lead WHERE %s";
  private static final String COUNT = "SELECT COUNT(*) FROM rapport_lead WHERE tenant_id = ?";

  private final JdbcUnit unit;

  JdbcLeads(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Lead lead) {
    insertAll(tenant, List.of(Checks.notNull(lead, TYPE)));
  }

  @Override
  public void insertAll(TenantId tenant, List<Lead> leads) {
    Sql sql = unit.enter(tenant);
    List<Lead> rows = Checks.list(leads, "leads");
    Set<LeadId> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (Lead lead : rows) {
      if (!ids.add(lead.id())) {
        throw new DuplicateRecordException(TYPE, lead.id());
      }
      if (!keys.add(lead.captureKey())) {
        throw new DuplicateRecordException(TYPE, "capture key " + lead.captureKey());
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    sql.write(
        rows.size() == 1 ? "insert a lead" : "insert leads",
        rows.size() > 1,
        () -> {
          sql.batch(LeadRows.INSERT, rows, (p, lead) -> LeadRows.bindInsert(p, tenant, lead));
          return null;
        },
        () -> conflict(sql, tenant, rows));
  }

  private static RuntimeException conflict(Sql sql, TenantId tenant, List<Lead> rows)
      throws SQLException {
    Optional<String> id = TakenIds.first(sql, TABLE, tenant, rows.stream().map(Lead::id).toList());
    if (id.isPresent()) {
      return new DuplicateRecordException(TYPE, LeadId.of(id.get()));
    }
    Optional<String> key =
        TakenIds.first(
            sql, TABLE, "capture_key", tenant, rows.stream().map(Lead::captureKey).toList());
    return new DuplicateRecordException(TYPE, "capture key " + key.orElse("(concurrent)"));
  }

  @Override
  public Lead update(TenantId tenant, Lead lead) {
    return updateAll(tenant, List.of(Checks.notNull(lead, TYPE))).get(0);
  }

  @Override
  public List<Lead> updateAll(TenantId tenant, List<Lead> leads) {
    Sql sql = unit.enter(tenant);
    List<Lead> rows = Checks.list(leads, "leads");
    Set<LeadId> ids = new HashSet<>();
    List<Lead> updated = new ArrayList<>(rows.size());
    for (Lead lead : rows) {
      Checks.argument(ids.add(lead.id()), "leads", "lead %s appears twice", lead.id());
      updated.add(lead.withVersion(lead.version() + 1));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return sql.write(
        rows.size() == 1 ? "update a lead" : "update leads",
        rows.size() > 1,
        () -> {
          int[] counts =
              sql.batchCounts(
                  LeadRows.UPDATE, rows, (p, lead) -> LeadRows.bindUpdate(p, tenant, lead));
          for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
              throw missingOrStale(sql, tenant, rows.get(i));
            }
            if (counts[i] == Statement.SUCCESS_NO_INFO) {
              verifyVersions(sql, tenant, updated);
              break;
            }
          }
          return List.copyOf(updated);
        },
        () -> new DuplicateRecordException(TYPE, "capture key"),
        () -> new ConcurrentUpdateException(TYPE, rows.get(0).id(), rows.get(0).version()));
  }

  /** For drivers that do not report per-row counts: every row must now have its new version. */
  private static void verifyVersions(Sql sql, TenantId tenant, List<Lead> updated)
      throws SQLException {
    Map<String, Long> stored = new HashMap<>();
    List<LeadId> ids = updated.stream().map(Lead::id).toList();
    for (List<LeadId> chunk : InLists.chunks(ids, sql.batchSize())) {
      sql.query(
              VERSIONS.formatted(InLists.keyIn(sql.dialect(), "", "id", chunk.size())),
              p -> InLists.bindKeys(p, sql.dialect(), tenant, chunk),
              row -> Map.entry(row.getString(1), row.getLong(2)))
          .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
    }
    for (Lead lead : updated) {
      Long version = stored.get(lead.id().toString());
      if (version == null) {
        throw new LeadNotFoundException(lead.id());
      }
      if (version != lead.version()) {
        throw new ConcurrentUpdateException(TYPE, lead.id(), lead.version() - 1);
      }
    }
  }

  private static RuntimeException missingOrStale(Sql sql, TenantId tenant, Lead lead)
      throws SQLException {
    return Versions.missingOrStale(
        sql,
        TABLE,
        tenant,
        lead.id(),
        new LeadNotFoundException(lead.id()),
        new ConcurrentUpdateException(TYPE, lead.id(), lead.version()));
  }

  @Override
  public Optional<Lead> find(TenantId tenant, LeadId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a lead", () -> sql.queryFirst(FIND, p -> p.id(tenant).id(id), LeadRows::read));
  }

  @Override
  public List<Lead> findAll(TenantId tenant, Collection<LeadId> ids) {
    Sql sql = unit.enter(tenant);
    List<LeadId> wanted = new ArrayList<>(new LinkedHashSet<>(Checks.list(ids, "ids")));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return sql.read(
        "find leads",
        () -> {
          List<Lead> found = new ArrayList<>();
          for (List<LeadId> chunk : InLists.chunks(wanted, sql.batchSize())) {
            found.addAll(
                sql.query(
                    FIND_ALL.formatted(InLists.keyIn(sql.dialect(), "", "id", chunk.size())),
                    p -> InLists.bindKeys(p, sql.dialect(), tenant, chunk),
                    LeadRows::read));
          }
          found.sort(Comparator.comparing(lead -> lead.id().toString()));
          return found;
        });
  }

  @Override
  public Optional<Lead> findByCaptureKey(TenantId tenant, String captureKey) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(captureKey, "captureKey");
    return sql.read(
        "find a lead by capture key",
        () -> sql.queryFirst(BY_CAPTURE_KEY, p -> p.id(tenant).text(captureKey), LeadRows::read));
  }

  @Override
  public List<Lead> findByCaptureKeys(TenantId tenant, Collection<String> captureKeys) {
    Sql sql = unit.enter(tenant);
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(Checks.list(captureKeys, "keys")));
    if (wanted.isEmpty()) {
      return List.of();
    }
    return sql.read(
        "find leads by capture keys",
        () -> {
          List<Lead> found = new ArrayList<>();
          for (List<String> chunk : InLists.chunks(wanted, sql.batchSize())) {
            found.addAll(
                sql.query(
                    FIND_ALL.formatted(
                        InLists.keyIn(sql.dialect(), "", "capture_key", chunk.size())),
                    p -> InLists.bindKeys(p, sql.dialect(), tenant, chunk),
                    LeadRows::read));
          }
          found.sort(Comparator.comparing(lead -> lead.id().toString()));
          return found;
        });
  }

  @Override
  public List<Lead> findOpenSharingKey(TenantId tenant, LeadContact probe, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(probe, "probe");
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    List<String> conditions = new ArrayList<>();
    List<Sql.Binder> binders = new ArrayList<>();
    if (probe.email() != null) {
      conditions.add("email_key = ?");
      binders.add(p -> p.text(probe.email().normalized()));
    }
    if (probe.phone() != null) {
      conditions.add("phone = ?");
      binders.add(p -> p.text(probe.phone().normalized()));
    }
    if (probe.dateOfBirth() != null) {
      conditions.add("birth_date = ?");
      binders.add(p -> p.date(probe.dateOfBirth()));
    }
    if (probe.postcode() != null) {
      conditions.add("postcode_key = ?");
      binders.add(p -> p.text(probe.normalizedPostcode()));
    }
    if (conditions.isEmpty()) {
      return List.of();
    }
    String statement = OPEN_SHARING_KEY.formatted(String.join(" OR ", conditions));
    return sql.read(
        "find leads sharing a contact key",
        () ->
            sql.query(
                statement,
                p -> {
                  p.id(tenant);
                  for (Sql.Binder binder : binders) {
                    binder.bind(p);
                  }
                  p.number(limit);
                },
                LeadRows::read));
  }

  @Override
  public List<Lead> findByStatus(TenantId tenant, LeadStatus status, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(status, "status");
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    return sql.read(
        "find leads by status",
        () ->
            sql.query(
                BY_STATUS, p -> p.id(tenant).text(status.name()).number(limit), LeadRows::read));
  }

  @Override
  public List<Lead> forCustomer(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "read the leads of a customer", () -> SubjectReads.leads(sql, tenant, customer));
  }

  @Override
  public Map<EmployeeId, Long> openLeadsByOwner(TenantId tenant) {
    Sql sql = unit.enter(tenant);
    Map<EmployeeId, Long> counts = new HashMap<>();
    sql.read(
            "count open leads by owner",
            () ->
                sql.query(
                    OPEN_BY_OWNER,
                    p -> p.id(tenant),
                    row -> Map.entry(EmployeeId.of(row.getString(1)), row.getLong(2))))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    return counts;
  }

  @Override
  public long count(TenantId tenant) {
    Sql sql = unit.enter(tenant);
    return sql.read(
        "count leads",
        () -> sql.queryFirst(COUNT, p -> p.id(tenant), row -> row.getLong(1)).orElse(0L));
  }
}
