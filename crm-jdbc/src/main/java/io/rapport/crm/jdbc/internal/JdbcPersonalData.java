package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.PersonalDataStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link PersonalDataStore} over one {@link JdbcUnit}: keys in {@code rapport_subject_key}, holds
 * in {@code rapport_legal_hold}, erasures in {@code rapport_erasure}; the erasing deletes are plain
 * {@code DELETE} statements by tenant and customer.
 */
final class JdbcPersonalData implements PersonalDataStore {
  private static final String CUSTOMER = "CUSTOMER";
  private static final String LEAD = "LEAD";
  private static final String SUBJECT = "tenant_id = ? AND subject_id = ? AND subject_kind = ?";
  private static final String FIND_KEY =
      "SELECT key_material FROM rapport_subject_key WHERE " + SUBJECT;
  private static final String FIND_KEYS =
      "SELECT subject_kind, subject_id, key_material FROM rapport_subject_key WHERE %s";
  private static final String INSERT_KEY =
      "INSERT INTO rapport_subject_key (tenant_id, subject_kind, subject_id, key_material)"
          + " VALUES (?, ?, ?, ?)";
  private static final String DELETE_KEY = "DELETE FROM rapport_subject_key WHERE " + SUBJECT;
  private static final String FIND_HOLD =
      "SELECT customer_id, reason, placed_at, actor_kind, actor_id FROM rapport_legal_hold"
          + " WHERE tenant_id = ? AND customer_id = ?";
  private static final String DELETE_HOLD =
      "DELETE FROM rapport_legal_hold WHERE tenant_id = ? AND customer_id = ?";
  private static final String INSERT_HOLD =
      "INSERT INTO rapport_legal_hold"
          + " (tenant_id, customer_id, reason, placed_at, actor_kind, actor_id)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String FIND_ERASURE =
      "SELECT erased_at FROM rapport_erasure WHERE " + SUBJECT;
  private static final String INSERT_ERASURE =
      "INSERT INTO rapport_erasure (tenant_id, subject_kind, subject_id, erased_at)"
          + " VALUES (?, ?, ?, ?)";
  private static final String LEADS_OF =
      "SELECT id FROM rapport_lead WHERE tenant_id = ?"
          + " AND (linked_customer_id = ? OR converted_customer_id = ?) ORDER BY id";
  private static final String DELETE_RELATIONSHIPS =
      "DELETE FROM rapport_relationship WHERE tenant_id = ?"
          + " AND (from_customer_id = ? OR to_customer_id = ?)";
  private static final String HOUSEHOLDS_OF =
      "SELECT household_id FROM rapport_household_member WHERE tenant_id = ? AND customer_id = ?"
          + " ORDER BY household_id";
  private static final String DELETE_MEMBERS =
      "DELETE FROM rapport_household_member WHERE tenant_id = ? AND household_id = ?";
  private static final String DELETE_HOUSEHOLD =
      "DELETE FROM rapport_household WHERE tenant_id = ? AND id = ?";
  private static final String DELETE_EVENTS =
      "DELETE FROM rapport_outbox_event WHERE tenant_id = ? AND payload LIKE ?";
  private static final String DELETE_CONSENTS =
      "DELETE FROM rapport_consent_record WHERE " + SUBJECT;
  private static final String DELETE_SCORES =
      "DELETE FROM rapport_customer_score WHERE tenant_id = ? AND customer_id = ?";
  private static final String DELETE_LISTED =
      "DELETE FROM rapport_segment_list_member WHERE tenant_id = ? AND customer_id = ?";

  private final JdbcUnit unit;

  JdbcPersonalData(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<SubjectKey> findKey(TenantId tenant, ConsentSubject subject) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    return sql.read(
        "read a subject key",
        () ->
            sql.queryFirst(
                FIND_KEY,
                p -> bindSubject(p, tenant, subject),
                row -> SubjectKey.fromBase64(row.getString(1))));
  }

  @Override
  public void storeKey(TenantId tenant, ConsentSubject subject, SubjectKey key) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    Checks.notNull(key, "key");
    sql.write(
        "store a subject key",
        false,
        () ->
            sql.update(
                INSERT_KEY,
                p -> p.id(tenant).text(kind(subject)).id(subject.uuid()).text(key.toBase64())),
        () -> new DuplicateRecordException("subjectKey", subject));
  }

  @Override
  public Map<ConsentSubject, SubjectKey> findKeys(
      TenantId tenant, Collection<ConsentSubject> subjects) {
    Sql sql = unit.enter(tenant);
    List<ConsentSubject> wanted =
        new ArrayList<>(new LinkedHashSet<>(Checks.list(subjects, "subjects")));
    Map<ConsentSubject, SubjectKey> found = new HashMap<>();
    if (wanted.isEmpty()) {
      return found;
    }
    Set<ConsentSubject> asked = new HashSet<>(wanted);
    return sql.read(
        "read subject keys",
        () -> {
          for (List<ConsentSubject> chunk : InLists.chunks(wanted, sql.batchSize())) {
            List<UUID> ids = chunk.stream().map(ConsentSubject::uuid).toList();
            sql.query(
                FIND_KEYS.formatted(InLists.keyIn(sql.dialect(), "", "subject_id", ids.size())),
                p -> InLists.bindKeys(p, sql.dialect(), tenant, ids),
                row -> {
                  UUID id = UUID.fromString(row.getString("subject_id"));
                  ConsentSubject subject =
                      LEAD.equals(row.getString("subject_kind"))
                          ? ConsentSubject.lead(new LeadId(id))
                          : ConsentSubject.customer(new CustomerId(id));
                  if (asked.contains(subject)) {
                    found.put(subject, SubjectKey.fromBase64(row.getString("key_material")));
                  }
                  return subject;
                });
          }
          return found;
        });
  }

  @Override
  public void storeKeys(TenantId tenant, Map<ConsentSubject, SubjectKey> keys) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(keys, "keys");
    if (keys.isEmpty()) {
      return;
    }
    List<Map.Entry<ConsentSubject, SubjectKey>> rows = new ArrayList<>(keys.entrySet());
    sql.write(
        "store subject keys",
        true,
        () -> {
          sql.batch(
              INSERT_KEY,
              rows,
              (p, row) ->
                  p.id(tenant)
                      .text(kind(row.getKey()))
                      .id(row.getKey().uuid())
                      .text(row.getValue().toBase64()));
          return null;
        },
        () -> new DuplicateRecordException("subjectKey", "one of " + rows.size() + " subjects"));
  }

  @Override
  public boolean destroyKey(TenantId tenant, ConsentSubject subject) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    return sql.write(
            "destroy a subject key",
            false,
            () -> sql.update(DELETE_KEY, p -> bindSubject(p, tenant, subject)),
            null)
        > 0;
  }

  @Override
  public Optional<LegalHold> findLegalHold(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "read a legal hold",
        () ->
            sql.queryFirst(
                FIND_HOLD,
                p -> p.id(tenant).id(customer),
                row ->
                    new LegalHold(
                        CustomerId.of(row.getString("customer_id")),
                        row.getString("reason"),
                        Columns.instant(row, "placed_at"),
                        new Actor(
                            Columns.enumValue(row, "actor_kind", Actor.Kind.class),
                            row.getString("actor_id")))));
  }

  @Override
  public void placeLegalHold(TenantId tenant, LegalHold hold) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(hold, "hold");
    sql.write(
        "place a legal hold",
        true,
        () -> {
          sql.update(DELETE_HOLD, p -> p.id(tenant).id(hold.customer()));
          return sql.update(
              INSERT_HOLD,
              p ->
                  p.id(tenant)
                      .id(hold.customer())
                      .text(hold.reason())
                      .instant(hold.placedAt())
                      .text(hold.placedBy().kind().name())
                      .text(hold.placedBy().id()));
        },
        null);
  }

  @Override
  public boolean releaseLegalHold(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.write(
            "release a legal hold",
            false,
            () -> sql.update(DELETE_HOLD, p -> p.id(tenant).id(customer)),
            null)
        > 0;
  }

  @Override
  public Optional<Instant> erasedAt(TenantId tenant, ConsentSubject subject) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    return sql.read(
        "read an erasure",
        () ->
            sql.queryFirst(
                FIND_ERASURE,
                p -> bindSubject(p, tenant, subject),
                row -> Columns.instant(row, "erased_at")));
  }

  @Override
  public void markErased(TenantId tenant, ConsentSubject subject, Instant at) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    Checks.notNull(at, "at");
    sql.write(
        "record an erasure",
        false,
        () ->
            sql.update(
                INSERT_ERASURE,
                p -> p.id(tenant).text(kind(subject)).id(subject.uuid()).instant(at)),
        () -> new DuplicateRecordException("erasure", subject));
  }

  @Override
  public List<LeadId> leadsOf(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "read the leads of a customer",
        () ->
            sql.query(
                LEADS_OF,
                p -> p.id(tenant).id(customer).id(customer),
                row -> LeadId.of(row.getString(1))));
  }

  @Override
  public Map<String, Long> eraseCustomerRows(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    ConsentSubject subject = ConsentSubject.customer(customer);
    return sql.write(
        "erase the rows of a customer",
        true,
        () -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put(
              RELATIONSHIPS,
              (long) sql.update(DELETE_RELATIONSHIPS, p -> p.id(tenant).id(customer).id(customer)));
          List<String> households =
              sql.query(HOUSEHOLDS_OF, p -> p.id(tenant).id(customer), row -> row.getString(1));
          for (String household : households) {
            sql.update(DELETE_MEMBERS, p -> p.id(tenant).text(household));
            sql.update(DELETE_HOUSEHOLD, p -> p.id(tenant).text(household));
          }
          counts.put(HOUSEHOLDS, (long) households.size());
          counts.put(
              CONSENTS, (long) sql.update(DELETE_CONSENTS, p -> bindSubject(p, tenant, subject)));
          counts.put(SCORES, (long) sql.update(DELETE_SCORES, p -> p.id(tenant).id(customer)));
          counts.put(
              LIST_MEMBERSHIPS, (long) sql.update(DELETE_LISTED, p -> p.id(tenant).id(customer)));
          return counts;
        },
        null);
  }

  @Override
  public long eraseLeadConsents(TenantId tenant, LeadId lead) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(lead, "lead");
    ConsentSubject subject = ConsentSubject.lead(lead);
    return sql.write(
        "erase the consents of a lead",
        false,
        () -> (long) sql.update(DELETE_CONSENTS, p -> bindSubject(p, tenant, subject)),
        null);
  }

  @Override
  public long eraseEvents(TenantId tenant, ConsentSubject subject) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    // A UUID's text holds only hex digits and dashes: no LIKE wildcard to escape.
    String pattern = "%" + subject.uuid() + "%";
    return sql.write(
        "erase the events of a subject",
        false,
        () -> (long) sql.update(DELETE_EVENTS, p -> p.id(tenant).text(pattern)),
        null);
  }

  private static void bindSubject(Params p, TenantId tenant, ConsentSubject subject)
      throws java.sql.SQLException {
    p.id(tenant).id(subject.uuid()).text(kind(subject));
  }

  private static String kind(ConsentSubject subject) {
    return subject.isLead() ? LEAD : CUSTOMER;
  }
}
