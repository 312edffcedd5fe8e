package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.LinkCustomers;
import io.rapport.crm.sdk.RelationshipRuleException;
import io.rapport.crm.sdk.Relationships;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link Relationships} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultRelationships implements Relationships {
  static final String TYPE = "relationship";

  private final CommandRunner runner;
  private final CommandValidator validator;
  private final AccessGuard access;

  /** The relationship use cases. */
  public DefaultRelationships(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
    this.access = runner.access();
  }

  @Override
  public Relationship link(Caller caller, LinkCustomers command) {
    Arguments.notNull("LinkCustomers", caller, "caller");
    validator.check(command, "LinkCustomers");
    Instant now = runner.now();
    LocalDate validFrom = command.validFrom() == null ? runner.dateOf(now) : command.validFrom();
    RelationshipId id = runner.ids().next(RelationshipId::new);
    Relationship relationship =
        ViolationCollector.single(
            "LinkCustomers",
            "",
            () ->
                new Relationship(
                    id, 1, command.from(), command.to(), command.type(), validFrom, null));
    return runner.write(
        caller,
        now,
        changes -> {
          TenantId tenant = changes.tenant();
          List<Customer> parties =
              changes
                  .unit()
                  .customers()
                  .findAll(
                      tenant, List.of(command.from(), command.to()), access.readFilter(caller));
          access.requireChangeable(caller, requireExists(parties, command.from()));
          Customer target = requireExists(parties, command.to());
          access.readable(caller, target);
          checkTarget(relationship, target);
          for (Relationship existing :
              changes.unit().relationships().forCustomer(tenant, command.from())) {
            if (duplicates(existing, relationship)) {
              throw new RelationshipRuleException(
                  relationship.from(),
                  relationship.to(),
                  relationship.type(),
                  "an active link of this type between them already exists");
            }
          }
          changes.unit().relationships().insert(tenant, relationship);
          changes.record(
              ConsentSubject.customer(relationship.from()),
              TYPE,
              relationship.id(),
              "relationship.linked",
              relationship.version(),
              RelationshipDiffer.diff(null, relationship),
              data(relationship));
          return relationship;
        });
  }

  /** The customer with {@code id} among {@code customers}, or a not-found exception. */
  static Customer requireExists(List<Customer> customers, CustomerId id) {
    return customers.stream()
        .filter(customer -> customer.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new CustomerNotFoundException(id));
  }

  /** Refuses a business link to a person. */
  static void checkTarget(Relationship relationship, Customer target) {
    if (relationship.type().requiresOrganisationTarget()
        && target.kind() != PartyKind.ORGANISATION) {
      throw new RelationshipRuleException(
          relationship.from(),
          relationship.to(),
          relationship.type(),
          "the target must be an organisation");
    }
  }

  /** Same type, same pair (either direction when symmetric), and still in force when it starts. */
  private static boolean duplicates(Relationship existing, Relationship link) {
    if (existing.type() != link.type()) {
      return false;
    }
    boolean samePair =
        existing.from().equals(link.from()) && existing.to().equals(link.to())
            || link.type().symmetric()
                && existing.from().equals(link.to())
                && existing.to().equals(link.from());
    return samePair
        && (existing.validThru() == null || !existing.validThru().isBefore(link.validFrom()));
  }

  static Map<String, String> data(Relationship relationship) {
    return Map.of(
        "from", relationship.from().toString(),
        "to", relationship.to().toString(),
        "relationshipType", relationship.type().name());
  }

  @Override
  public Relationship unlink(
      Caller caller, RelationshipId id, long expectedVersion, LocalDate lastDay) {
    Arguments.notNull("unlink", caller, "caller");
    Arguments.notNull("unlink", id, "id");
    Arguments.version("unlink", expectedVersion);
    Arguments.notNull("unlink", lastDay, "lastDay");
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Relationship current = changes.unit().relationships().get(changes.tenant(), id);
          if (!access.mayRead(caller, changes.unit(), current.to())) {
            throw new RecordNotFoundException(TYPE, id);
          }
          try {
            access.requireChangeable(caller, changes.unit(), current.from());
          } catch (CustomerNotFoundException e) {
            throw new RecordNotFoundException(TYPE, id);
          }
          Versions.expect(TYPE, id, current.version(), expectedVersion);
          Relationship ended =
              ViolationCollector.singleAt("unlink", "lastDay", () -> current.end(lastDay));
          Relationship saved = changes.unit().relationships().update(changes.tenant(), ended);
          changes.record(
              ConsentSubject.customer(saved.from()),
              TYPE,
              saved.id(),
              "relationship.unlinked",
              saved.version(),
              RelationshipDiffer.diff(current, saved),
              data(saved));
          return saved;
        });
  }

  @Override
  public List<Relationship> of(Caller caller, CustomerId customer) {
    TenantId tenant = Arguments.notNull("of", caller, "caller").tenant();
    Arguments.notNull("of", customer, "customer");
    return runner.read(
        unit -> {
          if (!access.mayRead(caller, unit, customer)) {
            return List.of();
          }
          return visible(
              access, caller, unit, customer, unit.relationships().forCustomer(tenant, customer));
        });
  }

  /**
   * The relationships of {@code customer} whose other party {@code caller} may read too: the others
   * would name a customer hidden from it.
   */
  static List<Relationship> visible(
      AccessGuard access,
      Caller caller,
      UnitOfWork unit,
      CustomerId customer,
      List<Relationship> relationships) {
    if (!access.enforced() || relationships.isEmpty()) {
      return relationships;
    }
    Set<CustomerId> others = new HashSet<>();
    for (Relationship relationship : relationships) {
      others.add(relationship.from().equals(customer) ? relationship.to() : relationship.from());
    }
    Set<CustomerId> readable = access.readableIds(caller, unit, others);
    return relationships.stream()
        .filter(r -> readable.contains(r.from().equals(customer) ? r.to() : r.from()))
        .toList();
  }
}
