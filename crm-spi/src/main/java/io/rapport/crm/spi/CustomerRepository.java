package io.rapport.crm.spi;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Customers of one tenant at a time, with their contact points and tags. No method ever sees or
 * touches another tenant's customers. Arguments must not be null.
 */
public interface CustomerRepository {

  /**
   * Stores a new customer exactly as given (its version is normally 1).
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the tenant has a customer with the id
   */
  void insert(TenantId tenant, Customer customer);

  /**
   * Stores many new customers with batched writes: the number of round trips grows with the number
   * of customers divided by the adapter's batch size, not with the number of customers.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if an id is taken; the unit of work then
   *     rolls back
   */
  void insertAll(TenantId tenant, List<Customer> customers);

  /**
   * Replaces a stored customer. {@code customer.version()} is the version the caller read; the
   * stored row must still have it. Stores and returns the customer with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws CustomerNotFoundException if the tenant has no customer with the id
   */
  Customer update(TenantId tenant, Customer customer);

  /** The customer with the id, if the tenant has one. */
  Optional<Customer> find(TenantId tenant, CustomerId id);

  /**
   * The customer with the id.
   *
   * @throws CustomerNotFoundException if the tenant has none
   */
  default Customer get(TenantId tenant, CustomerId id) {
    return find(tenant, id).orElseThrow(() -> new CustomerNotFoundException(id));
  }

  /**
   * The customers with these ids that exist, ordered by id (canonical lower-case text, compared by
   * code point); unknown ids are skipped.
   */
  default List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids) {
    return findAll(tenant, ids, RecordFilter.unrestricted());
  }

  /**
   * As {@link #findAll(TenantId, Collection)}, keeping only the customers {@code filter} matches;
   * the filter is applied where the rows are read (a query predicate), never after loading.
   */
  List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids, RecordFilter filter);

  /**
   * Customers having an e-mail contact point whose {@link EmailAddress#normalized() normalised}
   * form equals that of {@code email}, ordered by id (canonical lower-case text, compared by code
   * point).
   */
  default List<Customer> findByEmail(TenantId tenant, EmailAddress email) {
    return findByEmail(tenant, email, RecordFilter.unrestricted());
  }

  /**
   * As {@link #findByEmail(TenantId, EmailAddress)}, keeping only the customers {@code filter}
   * matches, in the query.
   */
  List<Customer> findByEmail(TenantId tenant, EmailAddress email, RecordFilter filter);

  /**
   * Customers having a phone contact point with the same E.164 number, ordered by id (canonical
   * lower-case text, compared by code point).
   */
  default List<Customer> findByPhone(TenantId tenant, PhoneNumber phone) {
    return findByPhone(tenant, phone, RecordFilter.unrestricted());
  }

  /**
   * As {@link #findByPhone(TenantId, PhoneNumber)}, keeping only the customers {@code filter}
   * matches, in the query.
   */
  List<Customer> findByPhone(TenantId tenant, PhoneNumber phone, RecordFilter filter);

  /**
   * One page of customers matching {@code query}, in the order {@link CustomerQuery} defines.
   * Paging is by keyset: customers inserted between pages never cause a row to be repeated or
   * skipped.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the cursor is not one this query made
   */
  default Page<Customer> search(TenantId tenant, CustomerQuery query, PageRequest page) {
    return search(tenant, query, page, RecordFilter.unrestricted());
  }

  /**
   * As {@link #search(TenantId, CustomerQuery, PageRequest)}, over only the customers {@code
   * filter} matches: the filter is part of the query, so every page is full (holds {@code limit}
   * rows while more match) and no row outside the filter is read.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the cursor is not one this query made
   */
  Page<Customer> search(
      TenantId tenant, CustomerQuery query, PageRequest page, RecordFilter filter);

  /** How many customers the tenant has. */
  default long count(TenantId tenant) {
    return count(tenant, RecordFilter.unrestricted());
  }

  /** How many customers of the tenant {@code filter} matches, counted in the query. */
  long count(TenantId tenant, RecordFilter filter);
}
