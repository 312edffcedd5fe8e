package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.Page;
import io.rapport.crm.compliance.access.AccessDeniedException;
import io.rapport.crm.compliance.access.AccessPolicy;
import io.rapport.crm.compliance.access.AccessProfile;
import io.rapport.crm.compliance.access.BarrierSide;
import io.rapport.crm.compliance.access.Decision;
import io.rapport.crm.compliance.access.RecordFacts;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.Person;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.spi.UnitOfWork;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where the SDK enforces the {@link AccessPolicy}: every service asks it before it
 * reads or changes a customer, or a record hanging off a customer, and passes its {@link
 * RecordFilter} to the list queries of the storage. A record the caller may not read is reported
 * exactly as a missing one (same exception type and message). Without a policy every check passes
 * and every filter is {@link RecordFilter#unrestricted()}. Thread-safe.
 */
public final class AccessGuard {
  private static final AccessGuard UNRESTRICTED = new AccessGuard(null);
  private final AccessPolicy policy;

  private AccessGuard(AccessPolicy policy) {
    this.policy = policy;
  }

  /** The guard of a Crm without a policy: allows everything. */
  public static AccessGuard unrestricted() {
    return UNRESTRICTED;
  }

  /** The guard enforcing {@code policy}. */
  public static AccessGuard enforcing(AccessPolicy policy) {
    return new AccessGuard(policy);
  }

  /** Whether a policy is enforced. */
  public boolean enforced() {
    return policy != null;
  }

  /** The customers {@code caller} may read, for list queries. */
  public RecordFilter readFilter(Caller caller) {
    if (policy == null) {
      return RecordFilter.unrestricted();
    }
    return caller.access() == null ? RecordFilter.nothing() : policy.readFilter(caller.access());
  }

  /** The customers {@code caller} may change, for list queries. */
  public RecordFilter changeFilter(Caller caller) {
    if (policy == null) {
      return RecordFilter.unrestricted();
    }
    return caller.access() == null ? RecordFilter.nothing() : policy.changeFilter(caller.access());
  }

  /** The facts the policy decides on for {@code customer}. */
  public static RecordFacts facts(Customer customer) {
    return RecordFacts.of(customer.owner(), customer.branch(), customer.tags());
  }

  /** The read decision for {@code caller} on the record with {@code facts}. */
  public Decision read(Caller caller, RecordFacts facts) {
    return decide(caller, facts, false);
  }

  /** The change decision for {@code caller} on the record with {@code facts}. */
  public Decision change(Caller caller, RecordFacts facts) {
    return decide(caller, facts, true);
  }

  private Decision decide(Caller caller, RecordFacts facts, boolean changing) {
    if (policy == null) {
      return new Decision(true, false, "no access policy is configured");
    }
    AccessProfile profile = caller.access();
    if (profile == null) {
      return new Decision(false, false, "the caller has no access profile");
    }
    return changing ? policy.change(profile, facts) : policy.read(profile, facts);
  }

  /** Whether {@code caller} may read {@code customer}. */
  public boolean mayRead(Caller caller, Customer customer) {
    return read(caller, facts(customer)).allowed();
  }

  /** Whether {@code caller} may read the stored customer {@code id} (false if there is none). */
  public boolean mayRead(Caller caller, UnitOfWork unit, CustomerId id) {
    if (policy == null) {
      return true;
    }
    return unit.customers().find(caller.tenant(), id).map(c -> mayRead(caller, c)).orElse(false);
  }

  /**
   * {@code customer} as {@code caller} may see it: masked if its role hides identifiers.
   *
   * @throws CustomerNotFoundException if the caller may not read it, exactly as if it were absent
   */
  public Customer readable(Caller caller, Customer customer) {
    Decision decision = read(caller, facts(customer));
    if (!decision.allowed()) {
      throw new CustomerNotFoundException(customer.id());
    }
    return decision.masked() ? masked(customer) : customer;
  }

  /** The customer if present and readable, masked as needed; empty otherwise. */
  public Optional<Customer> visible(Caller caller, Optional<Customer> customer) {
    return customer.filter(c -> mayRead(caller, c)).map(c -> readable(caller, c));
  }

  /** The rows of a filtered query, masked as needed, dropping any row the caller may not read. */
  public List<Customer> visible(Caller caller, List<Customer> customers) {
    return customers.stream()
        .filter(c -> mayRead(caller, c))
        .map(c -> readable(caller, c))
        .toList();
  }

  /** The page of a filtered query, masked as needed. */
  public Page<Customer> visible(Caller caller, Page<Customer> page) {
    return new Page<>(visible(caller, page.items()), page.next());
  }

  /**
   * The stored customer {@code id}, readable by {@code caller}.
   *
   * @throws CustomerNotFoundException if there is none or the caller may not read it
   */
  public Customer requireReadable(Caller caller, UnitOfWork unit, CustomerId id) {
    Customer customer = unit.customers().get(caller.tenant(), id);
    return readable(caller, customer);
  }

  /**
   * Checks that {@code caller} may change {@code customer} (stored, as read in this unit).
   *
   * @throws CustomerNotFoundException if the caller may not even read it
   * @throws AccessDeniedException if it may read but not change it
   */
  public void requireChangeable(Caller caller, Customer customer) {
    RecordFacts facts = facts(customer);
    if (!read(caller, facts).allowed()) {
      throw new CustomerNotFoundException(customer.id());
    }
    if (!change(caller, facts).allowed()) {
      throw new AccessDeniedException("the caller may read but not change this customer");
    }
  }

  /**
   * Checks that {@code caller} may change the stored customer {@code id}.
   *
   * @throws CustomerNotFoundException if there is none or the caller may not read it
   * @throws AccessDeniedException if it may read but not change it
   */
  public Customer requireChangeable(Caller caller, UnitOfWork unit, CustomerId id) {
    Customer customer = unit.customers().get(caller.tenant(), id);
    requireChangeable(caller, customer);
    return customer;
  }

  /**
   * Checks that {@code caller} may create or leave a record with {@code facts} (a new customer, a
   * customer after an update).
   *
   * @throws AccessDeniedException if the record would be outside what the caller may change
   */
  public void requireInChangeScope(Caller caller, RecordFacts facts, String what) {
    if (!change(caller, facts).allowed()) {
      throw new AccessDeniedException(what + " would be outside what the caller may change");
    }
  }

  /**
   * Checks that {@code caller} may move a customer from the barrier sides {@code before} to {@code
   * after}: only sides the caller is on may be added or removed, unless it may change every
   * customer.
   *
   * @throws AccessDeniedException if it may not
   */
  public void requireBarrierChange(Caller caller, Set<BarrierSide> before, Set<BarrierSide> after) {
    if (policy == null || before.equals(after) || changeFilter(caller).isUnrestricted()) {
      return;
    }
    Set<BarrierSide> moved = new HashSet<>(before);
    moved.addAll(after);
    moved.removeAll(Set.copyOf(intersection(before, after)));
    if (caller.access() == null || !caller.access().sides().containsAll(moved)) {
      throw new AccessDeniedException(
          "only sides the caller is on may be added to or removed from a customer");
    }
  }

  private static Set<BarrierSide> intersection(Set<BarrierSide> one, Set<BarrierSide> other) {
    Set<BarrierSide> both = new HashSet<>(one);
    both.retainAll(other);
    return both;
  }

  /**
   * Checks that {@code caller} may change every customer of the tenant: labelling customers with
   * barrier sides and bulk writes need it.
   *
   * <p>A null caller passes: the services report it as an invalid argument.
   *
   * @throws AccessDeniedException if it may not
   */
  public void requireChangeEverything(Caller caller, String operation) {
    if (policy != null && caller != null && !changeFilter(caller).isUnrestricted()) {
      throw new AccessDeniedException(operation + " needs a role that may change every customer");
    }
  }

  /**
   * Checks that {@code caller} may run an operation not filtered per record (analytics, pipeline
   * reports, finance summaries): a role granting tenant-wide work and no information barrier.
   *
   * @throws AccessDeniedException if it may not
   */
  public void requireTenantWide(Caller caller, String operation) {
    if (policy == null || caller == null) {
      return;
    }
    if (caller.access() == null || !policy.mayRunTenantWide(caller.access())) {
      throw new AccessDeniedException(operation + " needs a role with tenant-wide access");
    }
  }

  /**
   * Checks that {@code caller} has an access profile when a policy is enforced: operations on
   * records that belong to no customer (pipeline definitions, campaigns) need nothing more.
   *
   * @throws AccessDeniedException if it has none
   */
  public void requireProfile(Caller caller, String operation) {
    if (policy != null && caller != null && caller.access() == null) {
      throw new AccessDeniedException(operation + " needs a caller with an access profile");
    }
  }

  /** The ids among {@code ids} of stored customers {@code caller} may read (one filtered query). */
  public Set<CustomerId> readableIds(Caller caller, UnitOfWork unit, Collection<CustomerId> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<Customer> found = unit.customers().findAll(caller.tenant(), ids, readFilter(caller));
    Set<CustomerId> result = new HashSet<>();
    for (Customer customer : found) {
      if (policy == null || mayRead(caller, customer)) {
        result.add(customer.id());
      }
    }
    return result;
  }

  /** {@code customer} without its identifiers: no government id, no contact points. */
  static Customer masked(Customer customer) {
    Party party = customer.party();
    Party bare =
        party instanceof Person person
            ? new Person(person.legalName(), person.dateOfBirth(), null)
            : new Organisation(party.legalName(), ((Organisation) party).incorporatedOn(), null);
    return customer.toBuilder().party(bare).contactPoints(List.of()).build();
  }
}
