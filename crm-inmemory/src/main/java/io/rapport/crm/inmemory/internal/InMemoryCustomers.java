package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.Cursor;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.spi.CustomerRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** {@link CustomerRepository} over one {@link Unit}. */
final class InMemoryCustomers implements CustomerRepository {
  private static final Comparator<Customer> BY_ID = Ordering.byId(Customer::id);
  private static final Comparator<Customer> SEARCH_ORDER =
      Comparator.<Customer, String>comparing(
              c -> CustomerQuery.sortKey(c.displayName()), Ordering::compareCodePoints)
          .thenComparing(BY_ID);

  private final Unit unit;

  InMemoryCustomers(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Customer customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    if (unit.customerRows.contains(tenant, customer.id())) {
      throw new DuplicateRecordException("customer", customer.id());
    }
    unit.customerRows.put(tenant, customer.id(), customer);
  }

  @Override
  public void insertAll(TenantId tenant, List<Customer> customers) {
    unit.enter(tenant);
    for (Customer customer : Checks.list(customers, "customers")) {
      insert(tenant, customer);
    }
  }

  @Override
  public Customer update(TenantId tenant, Customer customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    Customer stored = unit.customerRows.get(tenant, customer.id());
    if (stored == null) {
      throw new CustomerNotFoundException(customer.id());
    }
    if (stored.version() != customer.version()) {
      throw new ConcurrentUpdateException("customer", customer.id(), customer.version());
    }
    Customer updated = customer.toBuilder().version(customer.version() + 1).build();
    unit.customerRows.put(tenant, updated.id(), updated);
    return updated;
  }

  @Override
  public Optional<Customer> find(TenantId tenant, CustomerId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.customerRows.get(tenant, id));
  }

  @Override
  public List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids, RecordFilter filter) {
    unit.enter(tenant);
    Predicate<Customer> visible = AccessFilters.of(filter);
    List<Customer> found = new ArrayList<>();
    for (CustomerId id : new HashSet<>(Checks.list(ids, "ids"))) {
      Customer customer = unit.customerRows.get(tenant, id);
      if (customer != null && visible.test(customer)) {
        found.add(customer);
      }
    }
    found.sort(BY_ID);
    return found;
  }

  @Override
  public List<Customer> findByEmail(TenantId tenant, EmailAddress email, RecordFilter filter) {
    unit.enter(tenant);
    String wanted = Checks.notNull(email, "email").normalized();
    return matching(
        tenant,
        filter,
        point ->
            point instanceof EmailContact contact && contact.email().normalized().equals(wanted));
  }

  @Override
  public List<Customer> findByPhone(TenantId tenant, PhoneNumber phone, RecordFilter filter) {
    unit.enter(tenant);
    String wanted = Checks.notNull(phone, "phone").normalized();
    return matching(
        tenant,
        filter,
        point ->
            point instanceof PhoneContact contact && contact.phone().normalized().equals(wanted));
  }

  private List<Customer> matching(
      TenantId tenant, RecordFilter filter, Predicate<ContactPoint> point) {
    Predicate<Customer> visible = AccessFilters.of(filter);
    return unit.customerRows.values(tenant).stream()
        .filter(visible)
        .filter(customer -> customer.contactPoints().stream().anyMatch(point))
        .sorted(BY_ID)
        .toList();
  }

  @Override
  public Page<Customer> search(
      TenantId tenant, CustomerQuery query, PageRequest page, RecordFilter filter) {
    unit.enter(tenant);
    Predicate<Customer> visible = AccessFilters.of(filter);
    Checks.notNull(query, "query");
    Checks.notNull(page, "page");
    Predicate<Customer> after = customer -> true;
    if (page.after() != null) {
      List<String> keys = page.after().keys(2);
      String lastKey = keys.get(0);
      String lastId = CustomerId.of(keys.get(1)).toString();
      after =
          customer -> {
            int byKey =
                Ordering.compareCodePoints(CustomerQuery.sortKey(customer.displayName()), lastKey);
            return byKey > 0 || (byKey == 0 && customer.id().toString().compareTo(lastId) > 0);
          };
    }
    List<Customer> rows =
        unit.customerRows.values(tenant).stream()
            .filter(visible)
            .filter(customer -> matches(query, customer))
            .filter(after)
            .sorted(SEARCH_ORDER)
            .limit(page.limit() + 1L)
            .toList();
    if (rows.size() <= page.limit()) {
      return new Page<>(rows, null);
    }
    List<Customer> items = rows.subList(0, page.limit());
    Customer last = items.get(items.size() - 1);
    return new Page<>(
        items, Cursor.of(List.of(CustomerQuery.sortKey(last.displayName()), last.id().toString())));
  }

  private static boolean matches(CustomerQuery query, Customer customer) {
    Set<String> tags = customer.tags();
    return (query.namePrefix() == null
            || CustomerQuery.nameMatches(customer.displayName(), query.namePrefix()))
        && (query.tag() == null || tags.contains(query.tag()))
        && (query.owner() == null || query.owner().equals(customer.owner()))
        && (query.status() == null || query.status() == customer.status())
        && (query.branch() == null || query.branch().equals(customer.branch()));
  }

  @Override
  public long count(TenantId tenant, RecordFilter filter) {
    unit.enter(tenant);
    return unit.customerRows.values(tenant).stream().filter(AccessFilters.of(filter)).count();
  }
}
