package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerMergedException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CustomerOverview;
import io.rapport.crm.sdk.Customers;
import io.rapport.crm.sdk.NewContactPoint;
import io.rapport.crm.sdk.RegisterCustomer;
import io.rapport.crm.sdk.UpdateCustomer;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link Customers} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultCustomers implements Customers {
  static final String TYPE = "customer";

  private final CommandRunner runner;
  private final CommandValidator validator;
  private final AccessGuard access;

  /** The customer use cases. */
  public DefaultCustomers(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
    this.access = runner.access();
  }

  @Override
  public Customer register(Caller caller, RegisterCustomer command) {
    Arguments.notNull("RegisterCustomer", caller, "caller");
    ViolationCollector collector = validator.collect(command, "RegisterCustomer");
    Instant now = runner.now();
    Customer customer = CustomerFactory.create(collector, command, runner.ids(), now);
    access.requireInChangeScope(caller, AccessGuard.facts(customer), "the new customer");
    access.requireBarrierChange(caller, Set.of(), AccessGuard.facts(customer).sides());
    return runner.write(
        caller,
        now,
        changes -> {
          changes.unit().customers().insert(changes.tenant(), customer);
          changes.created(ConsentSubject.customer(customer.id()));
          changes.record(
              ConsentSubject.customer(customer.id()),
              TYPE,
              customer.id(),
              "customer.registered",
              customer.version(),
              CustomerDiffer.diff(null, customer),
              Map.of("kind", customer.kind().name(), "status", customer.status().name()));
          return customer;
        });
  }

  @Override
  public Customer update(Caller caller, UpdateCustomer command) {
    Arguments.notNull("UpdateCustomer", caller, "caller");
    ViolationCollector collector = validator.collect(command, "UpdateCustomer");
    CustomerFactory.precheck(collector, command);
    collector.throwIfInvalid();
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          Customer current = read(changes, command.id(), command.expectedVersion());
          Customer next = CustomerFactory.updated(collector, current, command, now);
          access.requireBarrierChange(
              caller, AccessGuard.facts(current).sides(), AccessGuard.facts(next).sides());
          return save(changes, current, next, "customer.updated", Map.of());
        });
  }

  @Override
  public Customer changeStatus(
      Caller caller, CustomerId id, long expectedVersion, CustomerStatus status) {
    checkArguments("changeStatus", caller, id, expectedVersion);
    Arguments.notNull("changeStatus", status, "status");
    return change(
        caller,
        id,
        expectedVersion,
        "customer.status-changed",
        (current, now) -> current.changeStatus(status, now),
        current -> Map.of("from", current.status().name(), "to", status.name()));
  }

  @Override
  public Customer addContactPoint(
      Caller caller, CustomerId id, long expectedVersion, NewContactPoint contactPoint) {
    checkArguments("addContactPoint", caller, id, expectedVersion);
    ViolationCollector collector = validator.collect(contactPoint, "NewContactPoint");
    ContactPointId pointId = runner.ids().next(ContactPointId::new);
    ContactPoint point =
        ContactPoints.one(collector, "", contactPoint, pointId, contactPoint.primary());
    collector.throwIfInvalid();
    return change(
        caller,
        id,
        expectedVersion,
        "customer.contact-point-added",
        (current, now) ->
            ViolationCollector.single(
                "addContactPoint", "", () -> current.addContactPoint(point, now)),
        current ->
            Map.of(
                "contactPointId", pointId.toString(),
                "channel", point.channel().name(),
                "purpose", point.purpose().name()));
  }

  @Override
  public Customer removeContactPoint(
      Caller caller, CustomerId id, long expectedVersion, ContactPointId contactPointId) {
    checkArguments("removeContactPoint", caller, id, expectedVersion);
    Arguments.notNull("removeContactPoint", contactPointId, "contactPointId");
    return change(
        caller,
        id,
        expectedVersion,
        "customer.contact-point-removed",
        (current, now) ->
            ViolationCollector.single(
                "removeContactPoint", "", () -> current.removeContactPoint(contactPointId, now)),
        current -> Map.of("contactPointId", contactPointId.toString()));
  }

  private Customer change(
      Caller caller,
      CustomerId id,
      long expectedVersion,
      String action,
      BiFunction<Customer, Instant, Customer> operation,
      Function<Customer, Map<String, String>> data) {
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Customer current = read(changes, id, expectedVersion);
          Customer next = operation.apply(current, changes.now());
          return save(changes, current, next, action, data.apply(current));
        });
  }

  private Customer read(Changes changes, CustomerId id, long expectedVersion) {
    Customer current = access.requireChangeable(changes.caller(), changes.unit(), id);
    Versions.expect(TYPE, id, current.version(), expectedVersion);
    return current;
  }

  private static Customer save(
      Changes changes, Customer current, Customer next, String action, Map<String, String> data) {
    var fieldChanges = CustomerDiffer.diff(current, next);
    if (fieldChanges.isEmpty()) {
      return current;
    }
    Customer saved = changes.unit().customers().update(changes.tenant(), next);
    changes.record(
        ConsentSubject.customer(saved.id()),
        TYPE,
        saved.id(),
        action,
        saved.version(),
        fieldChanges,
        data);
    return saved;
  }

  private static void checkArguments(
      String method, Caller caller, CustomerId id, long expectedVersion) {
    Arguments.notNull(method, caller, "caller");
    Arguments.notNull(method, id, "id");
    Arguments.version(method, expectedVersion);
  }

  @Override
  public Customer get(Caller caller, CustomerId id) {
    TenantId tenant = Arguments.notNull("get", caller, "caller").tenant();
    Arguments.notNull("get", id, "id");
    return runner.read(
        unit -> {
          Customer customer = access.requireReadable(caller, unit, id);
          if (customer.status() == CustomerStatus.MERGED) {
            unit.customerMerges()
                .mergedAway(tenant, id)
                .ifPresent(
                    merge -> {
                      throw new CustomerMergedException(id, merge.survivor());
                    });
          }
          return customer;
        });
  }

  @Override
  public Optional<Customer> find(Caller caller, CustomerId id) {
    TenantId tenant = Arguments.notNull("find", caller, "caller").tenant();
    Arguments.notNull("find", id, "id");
    return runner.read(unit -> access.visible(caller, unit.customers().find(tenant, id)));
  }

  @Override
  public List<Customer> findByEmail(Caller caller, String email) {
    TenantId tenant = Arguments.notNull("findByEmail", caller, "caller").tenant();
    Arguments.notNull("findByEmail", email, "email");
    EmailAddress address =
        ViolationCollector.singleAt("findByEmail", "email", () -> EmailAddress.of(email));
    return runner.read(
        unit ->
            access.visible(
                caller, unit.customers().findByEmail(tenant, address, access.readFilter(caller))));
  }

  @Override
  public List<Customer> findByPhone(Caller caller, String phone) {
    TenantId tenant = Arguments.notNull("findByPhone", caller, "caller").tenant();
    Arguments.notNull("findByPhone", phone, "phone");
    PhoneNumber number =
        ViolationCollector.singleAt("findByPhone", "phone", () -> PhoneNumber.of(phone));
    return runner.read(
        unit ->
            access.visible(
                caller, unit.customers().findByPhone(tenant, number, access.readFilter(caller))));
  }

  @Override
  public Page<Customer> search(Caller caller, CustomerQuery query, PageRequest page) {
    TenantId tenant = Arguments.notNull("search", caller, "caller").tenant();
    Arguments.notNull("search", query, "query");
    Arguments.notNull("search", page, "page");
    return runner.read(
        unit ->
            access.visible(
                caller, unit.customers().search(tenant, query, page, access.readFilter(caller))));
  }

  @Override
  public CustomerOverview overview(Caller caller, CustomerId id) {
    TenantId tenant = Arguments.notNull("overview", caller, "caller").tenant();
    Arguments.notNull("overview", id, "id");
    return runner.read(
        unit ->
            new CustomerOverview(
                access.requireReadable(caller, unit, id),
                DefaultRelationships.visible(
                    access, caller, unit, id, unit.relationships().forCustomer(tenant, id)),
                DefaultHouseholds.visible(
                    access, caller, unit, unit.households().forMember(tenant, id)),
                unit.holdings().forCustomer(tenant, id)));
  }
}
