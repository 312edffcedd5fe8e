package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.LeadRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link LeadRepository} over one {@link Unit}. */
final class InMemoryLeads implements LeadRepository {
  private static final String TYPE = "lead";
  private final Unit unit;

  InMemoryLeads(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Lead lead) {
    insertAll(tenant, List.of(Checks.notNull(lead, TYPE)));
  }

  @Override
  public void insertAll(TenantId tenant, List<Lead> leads) {
    unit.enter(tenant);
    List<Lead> rows = Checks.list(leads, "leads");
    Set<LeadId> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (Lead lead : unit.leadRows.values(tenant)) {
      keys.add(lead.captureKey());
    }
    for (Lead lead : rows) {
      if (!ids.add(lead.id()) || unit.leadRows.contains(tenant, lead.id())) {
        throw new DuplicateRecordException(TYPE, lead.id());
      }
      if (!keys.add(lead.captureKey())) {
        throw new DuplicateRecordException(TYPE, "capture key " + lead.captureKey());
      }
    }
    for (Lead lead : rows) {
      unit.leadRows.put(tenant, lead.id(), lead);
    }
  }

  @Override
  public Lead update(TenantId tenant, Lead lead) {
    return updateAll(tenant, List.of(Checks.notNull(lead, TYPE))).get(0);
  }

  @Override
  public List<Lead> updateAll(TenantId tenant, List<Lead> leads) {
    unit.enter(tenant);
    List<Lead> rows = Checks.list(leads, "leads");
    Set<LeadId> ids = new HashSet<>();
    for (Lead lead : rows) {
      Checks.argument(ids.add(lead.id()), "leads", "lead %s appears twice", lead.id());
      Lead stored = unit.leadRows.get(tenant, lead.id());
      if (stored == null) {
        throw new LeadNotFoundException(lead.id());
      }
      if (stored.version() != lead.version()) {
        throw new ConcurrentUpdateException(TYPE, lead.id(), lead.version());
      }
      if (!stored.captureKey().equals(lead.captureKey())) {
        for (Lead other : unit.leadRows.values(tenant)) {
          if (other.captureKey().equals(lead.captureKey())) {
            throw new DuplicateRecordException(TYPE, "capture key " + lead.captureKey());
          }
        }
      }
    }
    List<Lead> updated = new ArrayList<>(rows.size());
    for (Lead lead : rows) {
      Lead next = lead.withVersion(lead.version() + 1);
      unit.leadRows.put(tenant, next.id(), next);
      updated.add(next);
    }
    return updated;
  }

  @Override
  public Optional<Lead> find(TenantId tenant, LeadId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.leadRows.get(tenant, id));
  }

  @Override
  public List<Lead> findAll(TenantId tenant, Collection<LeadId> ids) {
    unit.enter(tenant);
    List<Lead> found = new ArrayList<>();
    for (LeadId id : Set.copyOf(Checks.list(ids, "ids"))) {
      Lead lead = unit.leadRows.get(tenant, id);
      if (lead != null) {
        found.add(lead);
      }
    }
    found.sort(Ordering.byId(Lead::id));
    return found;
  }

  @Override
  public Optional<Lead> findByCaptureKey(TenantId tenant, String captureKey) {
    unit.enter(tenant);
    Checks.notNull(captureKey, "captureKey");
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> lead.captureKey().equals(captureKey))
        .findFirst();
  }

  @Override
  public List<Lead> findByCaptureKeys(TenantId tenant, Collection<String> captureKeys) {
    unit.enter(tenant);
    Set<String> wanted = Set.copyOf(Checks.list(captureKeys, "captureKeys"));
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> wanted.contains(lead.captureKey()))
        .sorted(Ordering.byId(Lead::id))
        .toList();
  }

  @Override
  public List<Lead> findOpenSharingKey(TenantId tenant, LeadContact probe, int limit) {
    unit.enter(tenant);
    Checks.notNull(probe, "probe");
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> lead.status().open() && sharesKey(probe, lead.contact()))
        .sorted(Ordering.byId(Lead::id))
        .limit(limit)
        .toList();
  }

  static boolean sharesKey(LeadContact probe, LeadContact other) {
    return (probe.email() != null
            && other.email() != null
            && probe.email().normalized().equals(other.email().normalized()))
        || (probe.phone() != null
            && other.phone() != null
            && probe.phone().normalized().equals(other.phone().normalized()))
        || (probe.dateOfBirth() != null && probe.dateOfBirth().equals(other.dateOfBirth()))
        || (probe.postcode() != null
            && Objects.equals(probe.normalizedPostcode(), other.normalizedPostcode()));
  }

  @Override
  public List<Lead> findByStatus(TenantId tenant, LeadStatus status, int limit) {
    unit.enter(tenant);
    Checks.notNull(status, "status");
    Checks.argument(limit >= 1, "limit", "limit must be at least 1 but was %s", limit);
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> lead.status() == status)
        .sorted(Ordering.byId(Lead::id))
        .limit(limit)
        .toList();
  }

  @Override
  public List<Lead> forCustomer(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> isAbout(lead, customer))
        .sorted(Ordering.byId(Lead::id))
        .toList();
  }

  private static boolean isAbout(Lead lead, CustomerId customer) {
    return customer.equals(lead.linkedCustomer())
        || (lead instanceof ConvertedLead converted
            && customer.equals(converted.conversion().customer()));
  }

  @Override
  public Map<EmployeeId, Long> openLeadsByOwner(TenantId tenant) {
    unit.enter(tenant);
    Map<EmployeeId, Long> counts = new HashMap<>();
    for (Lead lead : unit.leadRows.values(tenant)) {
      if (lead.status().open() && lead.assignment() != null) {
        counts.merge(lead.assignment().owner(), 1L, Long::sum);
      }
    }
    return counts;
  }

  @Override
  public long count(TenantId tenant) {
    unit.enter(tenant);
    return unit.leadRows.values(tenant).size();
  }
}
