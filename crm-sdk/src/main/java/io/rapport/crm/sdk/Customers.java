package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.IllegalStatusTransitionException;
import java.util.List;
import java.util.Optional;

/**
 * Registers, changes and finds customers of the caller's tenant. Every change runs in one unit of
 * work with its audit entry and its domain event, and is refused whole when any rule is broken. A
 * null argument is refused with a {@link CommandValidationException} naming it. Thread-safe.
 */
public interface Customers {

  /**
   * Registers a new customer (version 1) and records "customer.registered".
   *
   * @return the stored customer
   * @throws CommandValidationException listing every invalid field of {@code command}
   * @throws io.rapport.crm.spi.StorageException if the storage fails
   */
  Customer register(Caller caller, RegisterCustomer command);

  /**
   * Replaces the customer's profile and records "customer.updated" with the changed fields. When
   * nothing differs, nothing is written and the customer is returned as stored.
   *
   * @return the customer as stored now
   * @throws CommandValidationException listing every invalid field of {@code command}
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws ConcurrentUpdateException if {@code command.expectedVersion()} is not current
   */
  Customer update(Caller caller, UpdateCustomer command);

  /**
   * Moves the customer to {@code status} and records "customer.status-changed".
   *
   * @throws CommandValidationException if {@code status} is null or the version is below 1
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   * @throws IllegalStatusTransitionException if the lifecycle does not allow the move
   */
  Customer changeStatus(Caller caller, CustomerId id, long expectedVersion, CustomerStatus status);

  /**
   * Adds a contact point and records "customer.contact-point-added". A primary point demotes the
   * previous primary point of its channel; the first point of a channel becomes primary.
   *
   * @throws CommandValidationException if the contact point is invalid, or the customer would hold
   *     more than {@value Customer#MAX_CONTACT_POINTS}
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   */
  Customer addContactPoint(
      Caller caller, CustomerId id, long expectedVersion, NewContactPoint contactPoint);

  /**
   * Removes a contact point and records "customer.contact-point-removed". Removing a primary point
   * promotes the next point of its channel.
   *
   * @throws CommandValidationException if the customer has no such contact point
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws ConcurrentUpdateException if {@code expectedVersion} is not current
   */
  Customer removeContactPoint(
      Caller caller, CustomerId id, long expectedVersion, ContactPointId contactPointId);

  /**
   * The customer with the id.
   *
   * @throws CustomerNotFoundException if the tenant has none
   * @throws io.rapport.crm.party.CustomerMergedException if it was merged into another customer
   *     (the exception names the survivor); {@link #find} still returns the merged-away record
   */
  Customer get(Caller caller, CustomerId id);

  /** The customer with the id, or empty when the tenant has none. */
  Optional<Customer> find(Caller caller, CustomerId id);

  /**
   * Customers with an e-mail contact point equal to {@code email} ignoring case and surrounding
   * blanks, ordered by id.
   *
   * @throws CommandValidationException if {@code email} is not an e-mail address
   */
  List<Customer> findByEmail(Caller caller, String email);

  /**
   * Customers with a phone contact point of the same number, compared in E.164 form (so {@code
   * "0044 20 7946 0018"} finds {@code "+44 20 7946 0018"}), ordered by id.
   *
   * @throws CommandValidationException if {@code phone} is not an international phone number
   */
  List<Customer> findByPhone(Caller caller, String phone);

  /**
   * One page of customers matching {@code query}, ordered by display name then id; pass the page's
   * cursor back for the next page.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the cursor was made by another query
   */
  Page<Customer> search(Caller caller, CustomerQuery query, PageRequest page);

  /**
   * The customer with its relationships, households and holdings, read in one unit of work with one
   * repository call each.
   *
   * @throws CustomerNotFoundException if the tenant has no such customer
   */
  CustomerOverview overview(Caller caller, CustomerId id);
}
