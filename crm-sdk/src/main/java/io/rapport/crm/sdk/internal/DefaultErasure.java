package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.LegalHoldException;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.sdk.ErasureReport;
import io.rapport.crm.spi.PersonalDataStore;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Erases a customer or a lead inside one unit of work (see {@link io.rapport.crm.sdk.Privacy}):
 * pseudonymises the person's own row, deletes the rows about them, destroys their audit key and
 * records the erasure. Thread-safe; all state is in the unit.
 */
final class DefaultErasure {
  static final String CUSTOMER_ERASED = "customer.erased";
  static final String LEAD_ERASED = "lead.erased";

  private final SubjectSealer sealer;

  DefaultErasure(SubjectSealer sealer) {
    this.sealer = sealer;
  }

  /** Erases {@code id}, or reports that it already was. */
  ErasureReport eraseCustomer(Changes changes, CustomerId id) {
    UnitOfWork unit = changes.unit();
    TenantId tenant = changes.tenant();
    PersonalDataStore store = unit.personalData();
    Customer current = unit.customers().get(tenant, id);
    ConsentSubject subject = ConsentSubject.customer(id);
    Optional<Instant> erasedBefore = store.erasedAt(tenant, subject);
    if (erasedBefore.isPresent()) {
      return ErasureReport.alreadyErased(subject, erasedBefore.get());
    }
    if (store.findLegalHold(tenant, id).isPresent()) {
      throw new LegalHoldException(id);
    }
    return new ErasureReport(subject, erasedAt(changes), false, erase(changes, current));
  }

  /**
   * Erases {@code id} unless it was erased before or is under a legal hold (retention's way: a held
   * or erased customer is skipped, not an error).
   */
  ErasureOutcome eraseUnlessHeld(Changes changes, CustomerId id) {
    PersonalDataStore store = changes.unit().personalData();
    if (store.erasedAt(changes.tenant(), ConsentSubject.customer(id)).isPresent()) {
      return ErasureOutcome.ALREADY_ERASED;
    }
    if (store.findLegalHold(changes.tenant(), id).isPresent()) {
      return ErasureOutcome.HELD;
    }
    erase(changes, changes.unit().customers().get(changes.tenant(), id));
    return ErasureOutcome.ERASED;
  }

  private Map<String, Long> erase(Changes changes, Customer current) {
    UnitOfWork unit = changes.unit();
    TenantId tenant = changes.tenant();
    PersonalDataStore store = unit.personalData();
    CustomerId id = current.id();
    ConsentSubject subject = ConsentSubject.customer(id);
    Map<String, Long> counts = new LinkedHashMap<>();
    Customer saved =
        unit.customers()
            .update(
                tenant,
                ErasedRecords.customer(
                    current, ErasedRecords.pseudonym(tenant, subject), changes.now()));
    counts.put(DefaultCustomers.TYPE, 1L);
    counts.put("contactPoint", (long) current.contactPoints().size());
    counts.put("tag", (long) current.tags().size());
    List<Holding> holdings = unit.holdings().forCustomer(tenant, id);
    for (Holding holding : holdings) {
      unit.holdings().delete(tenant, holding.id(), holding.version());
    }
    counts.put("holding", (long) holdings.size());
    counts.put("householdMembership", leaveSharedHouseholds(changes, id));
    counts.putAll(store.eraseCustomerRows(tenant, id));
    long leads = 0;
    for (LeadId lead : store.leadsOf(tenant, id)) {
      if (store.erasedAt(tenant, ConsentSubject.lead(lead)).isEmpty()) {
        eraseLead(changes, unit.leads().get(tenant, lead));
        leads++;
      }
    }
    counts.put(DefaultLeads.TYPE, leads);
    counts.merge("outboxEvent", store.eraseEvents(tenant, subject), Long::sum);
    counts.put("subjectKey", sealer.keys(unit).destroyKey(tenant, subject) ? 1L : 0L);
    store.markErased(tenant, subject, erasedAt(changes));
    changes.record(
        DefaultCustomers.TYPE, id, CUSTOMER_ERASED, saved.version(), List.of(), data(counts));
    return counts;
  }

  /** Erases {@code id}, or reports that it already was. */
  ErasureReport eraseLead(Changes changes, LeadId id) {
    UnitOfWork unit = changes.unit();
    TenantId tenant = changes.tenant();
    PersonalDataStore store = unit.personalData();
    Lead lead = unit.leads().get(tenant, id);
    ConsentSubject subject = ConsentSubject.lead(id);
    Optional<Instant> erasedBefore = store.erasedAt(tenant, subject);
    if (erasedBefore.isPresent()) {
      return ErasureReport.alreadyErased(subject, erasedBefore.get());
    }
    for (CustomerId customer : customersOf(lead)) {
      if (store.findLegalHold(tenant, customer).isPresent()) {
        throw new LegalHoldException(customer);
      }
    }
    return new ErasureReport(subject, erasedAt(changes), false, eraseLead(changes, lead));
  }

  private Map<String, Long> eraseLead(Changes changes, Lead lead) {
    UnitOfWork unit = changes.unit();
    TenantId tenant = changes.tenant();
    ConsentSubject subject = ConsentSubject.lead(lead.id());
    Map<String, Long> counts = new LinkedHashMap<>();
    Lead saved =
        unit.leads()
            .update(
                tenant,
                ErasedRecords.lead(lead, ErasedRecords.pseudonym(tenant, subject), changes.now()));
    counts.put(DefaultLeads.TYPE, 1L);
    counts.put(
        PersonalDataStore.CONSENTS, unit.personalData().eraseLeadConsents(tenant, lead.id()));
    counts.put("outboxEvent", unit.personalData().eraseEvents(tenant, subject));
    counts.put("subjectKey", sealer.keys(unit).destroyKey(tenant, subject) ? 1L : 0L);
    unit.personalData().markErased(tenant, subject, erasedAt(changes));
    changes.record(
        DefaultLeads.TYPE, lead.id(), LEAD_ERASED, saved.version(), List.of(), data(counts));
    return counts;
  }

  /**
   * Moves {@code id} out of every household that has other members (handing the primary role to the
   * next member); the households it is the last member of are deleted with its other rows.
   */
  private static long leaveSharedHouseholds(Changes changes, CustomerId id) {
    UnitOfWork unit = changes.unit();
    long left = 0;
    for (Household household : unit.households().forMember(changes.tenant(), id)) {
      if (household.members().size() < 2) {
        continue;
      }
      Household next = household;
      if (household.primaryMember().equals(id)) {
        CustomerId heir =
            household.members().stream()
                .map(HouseholdMember::customer)
                .filter(member -> !member.equals(id))
                .findFirst()
                .orElseThrow();
        next = next.withPrimaryMember(heir);
      }
      Household saved = unit.households().update(changes.tenant(), next.removeMember(id));
      changes.record(
          ConsentSubject.customer(saved.primaryMember()),
          DefaultHouseholds.TYPE,
          saved.id(),
          "household.member-erased",
          saved.version(),
          List.of(),
          Map.of());
      left++;
    }
    return left;
  }

  private static List<CustomerId> customersOf(Lead lead) {
    List<CustomerId> customers = new java.util.ArrayList<>();
    if (lead.linkedCustomer() != null) {
      customers.add(lead.linkedCustomer());
    }
    if (lead instanceof ConvertedLead converted) {
      customers.add(converted.conversion().customer());
    }
    return customers;
  }

  /** The command's time as stored: microseconds, like every stored time. */
  private static Instant erasedAt(Changes changes) {
    return changes.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static Map<String, String> data(Map<String, Long> counts) {
    Map<String, String> data = new TreeMap<>();
    counts.forEach((type, count) -> data.put(type, Long.toString(count)));
    return data;
  }
}
