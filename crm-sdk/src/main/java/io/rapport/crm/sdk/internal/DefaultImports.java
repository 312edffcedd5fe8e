package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.ImportResult;
import io.rapport.crm.sdk.Imports;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.Arguments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Imports} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultImports implements Imports {
  private final CommandRunner runner;

  /** The bulk import use cases. */
  public DefaultImports(CommandRunner runner) {
    this.runner = runner;
  }

  @Override
  public ImportResult customers(Caller caller, List<Customer> customers) {
    runner.access().requireChangeEverything(caller, "bulk imports (customers)");
    checkList("importCustomers", caller, customers, "customers");
    return run(
        caller,
        DefaultCustomers.TYPE,
        customers,
        (changes, all) -> {
          changes.unit().customers().insertAll(changes.tenant(), all);
          all.forEach(customer -> changes.created(ConsentSubject.customer(customer.id())));
        },
        customer -> ConsentSubject.customer(customer.id()),
        Customer::id,
        Customer::version,
        customer -> CustomerDiffer.diff(null, customer),
        customer -> Map.of("kind", customer.kind().name(), "status", customer.status().name()));
  }

  @Override
  public ImportResult relationships(Caller caller, List<Relationship> relationships) {
    runner.access().requireChangeEverything(caller, "bulk imports (relationships)");
    checkList("importRelationships", caller, relationships, "relationships");
    return run(
        caller,
        DefaultRelationships.TYPE,
        relationships,
        (changes, all) -> {
          Set<CustomerId> referenced = new LinkedHashSet<>();
          for (Relationship relationship : all) {
            referenced.add(relationship.from());
            referenced.add(relationship.to());
          }
          Map<CustomerId, Customer> found = existing(changes, referenced);
          for (Relationship relationship : all) {
            DefaultRelationships.checkTarget(relationship, found.get(relationship.to()));
          }
          changes.unit().relationships().insertAll(changes.tenant(), all);
        },
        relationship -> ConsentSubject.customer(relationship.from()),
        Relationship::id,
        Relationship::version,
        relationship -> RelationshipDiffer.diff(null, relationship),
        DefaultRelationships::data);
  }

  @Override
  public ImportResult households(Caller caller, List<Household> households) {
    runner.access().requireChangeEverything(caller, "bulk imports (households)");
    checkList("importHouseholds", caller, households, "households");
    return run(
        caller,
        DefaultHouseholds.TYPE,
        households,
        (changes, all) -> {
          DefaultHouseholds.requireMembers(changes, all);
          changes.unit().households().insertAll(changes.tenant(), all);
        },
        household -> ConsentSubject.customer(household.primaryMember()),
        Household::id,
        Household::version,
        household -> HouseholdDiffer.diff(null, household),
        DefaultHouseholds::data);
  }

  @Override
  public ImportResult holdings(Caller caller, List<Holding> holdings) {
    runner.access().requireChangeEverything(caller, "bulk imports (holdings)");
    checkList("importHoldings", caller, holdings, "holdings");
    return run(
        caller,
        DefaultHoldings.TYPE,
        holdings,
        (changes, all) -> {
          existing(changes, all.stream().map(Holding::customer).collect(Collectors.toList()));
          changes.unit().holdings().insertAll(changes.tenant(), all);
        },
        holding -> ConsentSubject.customer(holding.customer()),
        Holding::id,
        Holding::version,
        holding -> HoldingDiffer.diff(null, holding),
        DefaultHoldings::data);
  }

  @Override
  public ImportResult opportunities(
      Caller caller, List<Opportunity> opportunities, List<StageChange> history) {
    runner.access().requireChangeEverything(caller, "bulk imports (opportunities)");
    checkList("importOpportunities", caller, opportunities, "opportunities");
    checkList("importOpportunities", caller, history, "history");
    List<StageChange> entries = List.copyOf(history);
    return run(
        caller,
        OpportunityWrites.TYPE,
        opportunities,
        (changes, all) -> {
          existing(changes, all.stream().map(o -> o.terms().customer()).toList());
          all.stream()
              .map(Opportunity::pipeline)
              .distinct()
              .forEach(pipeline -> changes.unit().pipelines().get(changes.tenant(), pipeline));
          changes.unit().opportunities().insertAll(changes.tenant(), all, entries);
        },
        opportunity -> ConsentSubject.customer(opportunity.terms().customer()),
        Opportunity::id,
        Opportunity::version,
        opportunity -> OpportunityDiffer.diff(null, opportunity),
        OpportunityWrites::data);
  }

  /** Stores {@code records} with {@code store}, then records one entry and event per record. */
  private <T> ImportResult run(
      Caller caller,
      String recordType,
      List<T> records,
      BiConsumer<Changes, List<T>> store,
      Function<T, ConsentSubject> subject,
      Function<T, Object> id,
      Function<T, Long> version,
      Function<T, List<FieldChange>> diff,
      Function<T, Map<String, String>> data) {
    List<T> all = List.copyOf(records);
    if (all.isEmpty()) {
      return new ImportResult(recordType, 0);
    }
    String action = recordType + ".imported";
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          store.accept(changes, all);
          for (T record : all) {
            changes.record(
                subject.apply(record),
                recordType,
                id.apply(record),
                action,
                version.apply(record),
                diff.apply(record),
                data.apply(record));
          }
          return new ImportResult(recordType, all.size());
        });
  }

  /**
   * The referenced customers, read with one call.
   *
   * @throws CustomerNotFoundException naming the first missing one
   */
  private static Map<CustomerId, Customer> existing(
      Changes changes, Collection<CustomerId> referenced) {
    Set<CustomerId> wanted = new LinkedHashSet<>(referenced);
    Map<CustomerId, Customer> found =
        changes.unit().customers().findAll(changes.tenant(), wanted).stream()
            .collect(Collectors.toMap(Customer::id, customer -> customer));
    for (CustomerId id : wanted) {
      if (!found.containsKey(id)) {
        throw new CustomerNotFoundException(id);
      }
    }
    return found;
  }

  private static void checkList(String method, Caller caller, List<?> records, String name) {
    Arguments.notNull(method, caller, "caller");
    Arguments.notNull(method, records, name);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i) == null) {
        violations.add(new Violation(name + "[" + i + "]", "NotNull", "must not be null"));
      }
    }
    if (!violations.isEmpty()) {
      throw new CommandValidationException(method, violations);
    }
  }
}
