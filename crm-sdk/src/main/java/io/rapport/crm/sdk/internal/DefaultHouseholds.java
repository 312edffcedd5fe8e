package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CreateHousehold;
import io.rapport.crm.sdk.Households;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** {@link Households} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultHouseholds implements Households {
  static final String TYPE = "household";

  private final CommandRunner runner;
  private final CommandValidator validator;
  private final AccessGuard access;

  /** The household use cases. */
  public DefaultHouseholds(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
    this.access = runner.access();
  }

  @Override
  public Household create(Caller caller, CreateHousehold command) {
    Arguments.notNull("CreateHousehold", caller, "caller");
    validator.check(command, "CreateHousehold");
    CustomerId primary =
        command.primaryMember() == null
            ? command.members().get(0).customer()
            : command.primaryMember();
    HouseholdId id = runner.ids().next(HouseholdId::new);
    Household household =
        ViolationCollector.single(
            "CreateHousehold",
            "",
            () -> new Household(id, 1, command.name(), command.members(), primary));
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          requireMembers(changes, List.of(household));
          for (HouseholdMember member : household.members()) {
            access.requireChangeable(caller, changes.unit(), member.customer());
          }
          changes.unit().households().insert(changes.tenant(), household);
          changes.record(
              ConsentSubject.customer(household.primaryMember()),
              TYPE,
              household.id(),
              "household.created",
              household.version(),
              HouseholdDiffer.diff(null, household),
              data(household));
          return household;
        });
  }

  /**
   * Checks with one read that every member of {@code households} is a customer of the tenant.
   *
   * @throws CustomerNotFoundException naming the first missing member
   */
  static void requireMembers(Changes changes, List<Household> households) {
    Set<CustomerId> wanted = new LinkedHashSet<>();
    for (Household household : households) {
      for (HouseholdMember member : household.members()) {
        wanted.add(member.customer());
      }
    }
    Set<CustomerId> found = new HashSet<>();
    for (Customer customer : changes.unit().customers().findAll(changes.tenant(), wanted)) {
      found.add(customer.id());
    }
    for (CustomerId id : wanted) {
      if (!found.contains(id)) {
        throw new CustomerNotFoundException(id);
      }
    }
  }

  static Map<String, String> data(Household household) {
    return Map.of(
        "primaryMember", household.primaryMember().toString(),
        "members", Integer.toString(household.members().size()));
  }

  @Override
  public Household addMember(
      Caller caller,
      HouseholdId id,
      long expectedVersion,
      CustomerId customer,
      HouseholdRole role,
      boolean primaryHousehold) {
    checkArguments("addMember", caller, id, expectedVersion, customer);
    Arguments.notNull("addMember", role, "role");
    HouseholdMember member = new HouseholdMember(customer, role, primaryHousehold);
    return change(
        caller,
        id,
        expectedVersion,
        "household.member-added",
        changes -> {
          access.requireChangeable(caller, changes.unit(), customer);
          return current -> current.addMember(member);
        },
        Map.of(
            "customerId", customer.toString(),
            "role", role.name(),
            "primaryHousehold", Boolean.toString(primaryHousehold)));
  }

  @Override
  public Household removeMember(
      Caller caller, HouseholdId id, long expectedVersion, CustomerId customer) {
    checkArguments("removeMember", caller, id, expectedVersion, customer);
    return change(
        caller,
        id,
        expectedVersion,
        "household.member-removed",
        changes -> current -> current.removeMember(customer),
        Map.of("customerId", customer.toString()));
  }

  @Override
  public Household changePrimaryMember(
      Caller caller, HouseholdId id, long expectedVersion, CustomerId customer) {
    checkArguments("changePrimaryMember", caller, id, expectedVersion, customer);
    return change(
        caller,
        id,
        expectedVersion,
        "household.primary-member-changed",
        changes -> current -> current.withPrimaryMember(customer),
        Map.of("customerId", customer.toString()));
  }

  /** Reads, checks the version, applies the operation the preparation returns, saves, records. */
  private Household change(
      Caller caller,
      HouseholdId id,
      long expectedVersion,
      String action,
      Function<Changes, UnaryOperator<Household>> prepare,
      Map<String, String> data) {
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Household current = changes.unit().households().get(changes.tenant(), id);
          if (!readable(access, caller, changes.unit(), current)) {
            throw new RecordNotFoundException(TYPE, id);
          }
          for (HouseholdMember member : current.members()) {
            access.requireChangeable(caller, changes.unit(), member.customer());
          }
          Versions.expect(TYPE, id, current.version(), expectedVersion);
          Household next = prepare.apply(changes).apply(current);
          var fieldChanges = HouseholdDiffer.diff(current, next);
          if (fieldChanges.isEmpty()) {
            return current;
          }
          Household saved = changes.unit().households().update(changes.tenant(), next);
          changes.record(
              ConsentSubject.customer(saved.primaryMember()),
              TYPE,
              saved.id(),
              action,
              saved.version(),
              fieldChanges,
              data);
          return saved;
        });
  }

  private static void checkArguments(
      String method, Caller caller, HouseholdId id, long expectedVersion, CustomerId customer) {
    Arguments.notNull(method, caller, "caller");
    Arguments.notNull(method, id, "id");
    Arguments.version(method, expectedVersion);
    Arguments.notNull(method, customer, "customer");
  }

  @Override
  public Household get(Caller caller, HouseholdId id) {
    TenantId tenant = Arguments.notNull("get", caller, "caller").tenant();
    Arguments.notNull("get", id, "id");
    return runner.read(
        unit -> {
          Household household = unit.households().get(tenant, id);
          if (!readable(access, caller, unit, household)) {
            throw new RecordNotFoundException(TYPE, id);
          }
          return household;
        });
  }

  @Override
  public List<Household> of(Caller caller, CustomerId customer) {
    TenantId tenant = Arguments.notNull("of", caller, "caller").tenant();
    Arguments.notNull("of", customer, "customer");
    return runner.read(
        unit -> {
          if (!access.mayRead(caller, unit, customer)) {
            return List.of();
          }
          return visible(access, caller, unit, unit.households().forMember(tenant, customer));
        });
  }

  /**
   * Whether {@code caller} may see {@code household}: only if it may read every member, since the
   * household names them all.
   */
  static boolean readable(AccessGuard access, Caller caller, UnitOfWork unit, Household household) {
    if (!access.enforced()) {
      return true;
    }
    Set<CustomerId> members = new HashSet<>();
    household.members().forEach(member -> members.add(member.customer()));
    return access.readableIds(caller, unit, members).containsAll(members);
  }

  /** The households among {@code households} that {@code caller} may see. */
  static List<Household> visible(
      AccessGuard access, Caller caller, UnitOfWork unit, List<Household> households) {
    return households.stream().filter(h -> readable(access, caller, unit, h)).toList();
  }
}
