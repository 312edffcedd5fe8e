package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.ConsentRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ConsentRepository} over one {@link Unit}. */
final class InMemoryConsents implements ConsentRepository {
  private final Unit unit;

  InMemoryConsents(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void append(TenantId tenant, ConsentRecord record) {
    unit.enter(tenant);
    Checks.notNull(record, "consentRecord");
    if (unit.consentRows.contains(tenant, record.id())) {
      throw new DuplicateRecordException("consent", record.id());
    }
    unit.consentRows.put(tenant, record.id(), record);
  }

  @Override
  public ConsentHistory history(TenantId tenant, ConsentSubject subject) {
    unit.enter(tenant);
    Checks.notNull(subject, "subject");
    return new ConsentHistory(
        subject,
        unit.consentRows.values(tenant).stream().filter(r -> r.subject().equals(subject)).toList());
  }

  @Override
  public Map<CustomerId, ConsentHistory> historiesOf(
      TenantId tenant, Collection<CustomerId> customers) {
    unit.enter(tenant);
    List<CustomerId> ids = Checks.list(customers, "customers");
    Checks.argument(
        ids.size() <= MAX_BATCH, "customers", "at most %s customers per call", MAX_BATCH);
    return historiesOf(unit.consentRows.values(tenant), ids);
  }

  /** The histories of {@code ids} among {@code records}, one per id. */
  static Map<CustomerId, ConsentHistory> historiesOf(
      Collection<ConsentRecord> records, Collection<CustomerId> ids) {
    Map<CustomerId, List<ConsentRecord>> byCustomer = new HashMap<>();
    for (CustomerId id : ids) {
      byCustomer.put(id, new ArrayList<>());
    }
    for (ConsentRecord record : records) {
      CustomerId customer = record.subject().customer();
      if (customer != null && byCustomer.containsKey(customer)) {
        byCustomer.get(customer).add(record);
      }
    }
    Map<CustomerId, ConsentHistory> result = new LinkedHashMap<>();
    for (CustomerId id : ids) {
      result.put(id, new ConsentHistory(ConsentSubject.customer(id), byCustomer.get(id)));
    }
    return result;
  }
}
