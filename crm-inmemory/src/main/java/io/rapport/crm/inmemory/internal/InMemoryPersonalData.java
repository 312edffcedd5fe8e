package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.SubjectKey;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.PersonalDataStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@link PersonalDataStore} over one {@link Unit}. */
final class InMemoryPersonalData implements PersonalDataStore {
  private final Unit unit;

  InMemoryPersonalData(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<SubjectKey> findKey(TenantId tenant, ConsentSubject subject) {
    unit.enter(tenant);
    return Optional.ofNullable(unit.subjectKeyRows.get(tenant, Checks.notNull(subject, "subject")));
  }

  @Override
  public void storeKey(TenantId tenant, ConsentSubject subject, SubjectKey key) {
    unit.enter(tenant);
    Checks.notNull(subject, "subject");
    Checks.notNull(key, "key");
    if (unit.subjectKeyRows.contains(tenant, subject)) {
      throw new DuplicateRecordException("subjectKey", subject);
    }
    unit.subjectKeyRows.put(tenant, subject, key);
  }

  @Override
  public boolean destroyKey(TenantId tenant, ConsentSubject subject) {
    unit.enter(tenant);
    return removed(unit.subjectKeyRows, tenant, Checks.notNull(subject, "subject"));
  }

  @Override
  public Optional<LegalHold> findLegalHold(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    return Optional.ofNullable(
        unit.legalHoldRows.get(tenant, Checks.notNull(customer, "customer")));
  }

  @Override
  public void placeLegalHold(TenantId tenant, LegalHold hold) {
    unit.enter(tenant);
    Checks.notNull(hold, "hold");
    unit.legalHoldRows.put(tenant, hold.customer(), hold);
  }

  @Override
  public boolean releaseLegalHold(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    return removed(unit.legalHoldRows, tenant, Checks.notNull(customer, "customer"));
  }

  @Override
  public Optional<Instant> erasedAt(TenantId tenant, ConsentSubject subject) {
    unit.enter(tenant);
    return Optional.ofNullable(unit.erasureRows.get(tenant, Checks.notNull(subject, "subject")));
  }

  @Override
  public void markErased(TenantId tenant, ConsentSubject subject, Instant at) {
    unit.enter(tenant);
    Checks.notNull(subject, "subject");
    Checks.notNull(at, "at");
    if (unit.erasureRows.contains(tenant, subject)) {
      throw new DuplicateRecordException("erasure", subject);
    }
    unit.erasureRows.put(tenant, subject, at.truncatedTo(ChronoUnit.MICROS));
  }

  @Override
  public List<LeadId> leadsOf(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> customer.equals(lead.linkedCustomer()) || customer.equals(converted(lead)))
        .map(Lead::id)
        .sorted(Comparator.comparing(LeadId::toString))
        .toList();
  }

  @Override
  public Map<String, Long> eraseCustomerRows(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    Map<String, Long> counts = new LinkedHashMap<>();
    long relationships = 0;
    for (Relationship relationship : unit.relationshipRows.values(tenant)) {
      if (relationship.involves(customer)) {
        unit.relationshipRows.remove(tenant, relationship.id());
        relationships++;
      }
    }
    counts.put(RELATIONSHIPS, relationships);
    long households = 0;
    for (Household household : unit.householdRows.values(tenant)) {
      if (household.hasMember(customer)) {
        unit.householdRows.remove(tenant, household.id());
        households++;
      }
    }
    counts.put(HOUSEHOLDS, households);
    counts.put(CONSENTS, eraseConsents(tenant, ConsentSubject.customer(customer)));
    long scores = 0;
    for (CustomerScore score : unit.scoreRows.values(tenant)) {
      if (score.customer().equals(customer)) {
        unit.scoreRows.remove(tenant, new ScoreKey(customer, score.kind()));
        scores++;
      }
    }
    counts.put(SCORES, scores);
    long listed = 0;
    for (Segment segment : unit.segmentRows.values(tenant)) {
      if (segment.list().contains(customer)) {
        Set<CustomerId> rest = new TreeSet<>(Comparator.comparing(CustomerId::toString));
        rest.addAll(segment.list());
        rest.remove(customer);
        unit.segmentRows.put(
            tenant,
            segment.id(),
            new Segment(
                segment.id(),
                segment.version(),
                segment.name(),
                segment.criteria(),
                rest,
                segment.createdAt()));
        listed++;
      }
    }
    counts.put(LIST_MEMBERSHIPS, listed);
    return counts;
  }

  @Override
  public long eraseLeadConsents(TenantId tenant, LeadId lead) {
    unit.enter(tenant);
    return eraseConsents(tenant, ConsentSubject.lead(Checks.notNull(lead, "lead")));
  }

  @Override
  public long eraseEvents(TenantId tenant, ConsentSubject subject) {
    unit.enter(tenant);
    String id = Checks.notNull(subject, "subject").uuid().toString();
    long count = 0;
    for (OutboxRow row : unit.outboxRows.values(tenant)) {
      DomainEvent event = row.event();
      if (event.aggregateId().contains(id)
          || event.data().values().stream().anyMatch(value -> value.contains(id))) {
        unit.outboxRows.remove(tenant, event.id());
        count++;
      }
    }
    return count;
  }

  private long eraseConsents(TenantId tenant, ConsentSubject subject) {
    long count = 0;
    for (ConsentRecord record : unit.consentRows.values(tenant)) {
      if (record.subject().equals(subject)) {
        unit.consentRows.remove(tenant, record.id());
        count++;
      }
    }
    return count;
  }

  private static CustomerId converted(Lead lead) {
    return lead instanceof ConvertedLead converted ? converted.conversion().customer() : null;
  }

  private static <K, V> boolean removed(TableWrites<K, V> rows, TenantId tenant, K key) {
    if (Objects.isNull(rows.get(tenant, key))) {
      return false;
    }
    rows.remove(tenant, key);
    return true;
  }
}
