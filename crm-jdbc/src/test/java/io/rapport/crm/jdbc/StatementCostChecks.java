package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designed cost of the adapter, counted in round trips: batched inserts, a customer overview in
 * at most four statements, a search page in one. Counts are deterministic, never timed.
 */
abstract class StatementCostChecks {
  private static final int BATCH_SIZE = 100;

  private final Samples given = new Samples();
  private final TenantId tenant = given.tenant();
  private CountingDataSource counter;
  private JdbcStorage storage;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingStorage() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage =
        TestDatabases.storage(
            dialect(), counter.dataSource(), builder -> builder.batchSize(BATCH_SIZE));
  }

  @Test
  void insertAll_thousandCustomersInBatchesOf100_takesTenBatchesPerTable() {
    // given: each customer has a tag, an e-mail and two name keys ("customer 7", "7"), so four
    // tables are written
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      customers.add(given.person("Customer " + i));
    }
    counter.reset();

    // when
    storage.inTransactionDo(unit -> unit.customers().insertAll(tenant, customers));

    // then: 10 batches each for customers, tags and contact keys, 20 for the 2,000 name keys, and
    // nothing else
    assertThat(counter.batches()).isEqualTo(50);
    assertThat(counter.statements()).isEqualTo(50);
    assertThat(counter.savepoints()).isEqualTo(2);
    long stored = storage.inTransaction(unit -> unit.customers().count(tenant));
    assertThat(stored).isEqualTo(1000);
  }

  @Test
  void insertAll_250RelationshipsInBatchesOf100_takesThreeBatches() {
    // given
    List<Customer> customers = storedPeople(26);
    List<Relationship> relationships = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      relationships.add(
          given.relationship(customers.get(i % 25).id(), customers.get(25 - i % 25).id()));
    }
    counter.reset();

    // when
    storage.inTransactionDo(unit -> unit.relationships().insertAll(tenant, relationships));

    // then: ceil(250 / 100) = 3 batches and nothing else, in one savepoint (set + release)
    assertThat(counter.batches()).isEqualTo(3);
    assertThat(counter.statements()).isEqualTo(3);
    assertThat(counter.savepoints()).isEqualTo(2);
    List<Relationship> ofFirst =
        storage.inTransaction(
            unit -> unit.relationships().forCustomer(tenant, customers.get(0).id()));
    assertThat(ofFirst).hasSize(10);
  }

  @Test
  void insertAll_120HouseholdsOfThreeInBatchesOf100_takesSixBatches() {
    // given: each household has a primary head and two secondary members
    List<Customer> customers = storedPeople(130);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      households.add(
          given.household(
              customers.get(i).id(),
              true,
              customers.get(120 + i % 10).id(),
              customers.get(120 + (i + 1) % 10).id()));
    }
    counter.reset();

    // when
    storage.inTransactionDo(unit -> unit.households().insertAll(tenant, households));

    // then: ceil(120 / 100) = 2 household batches + ceil(360 / 100) = 4 member batches
    assertThat(counter.batches()).isEqualTo(6);
    assertThat(counter.statements()).isEqualTo(6);
    assertThat(counter.savepoints()).isEqualTo(2);
    List<Household> ofShared =
        storage.inTransaction(unit -> unit.households().forMember(tenant, customers.get(120).id()));
    assertThat(ofShared).hasSize(24);
  }

  private List<Customer> storedPeople(int count) {
    List<Customer> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      people.add(given.person("Person " + i));
    }
    storage.inTransactionDo(unit -> unit.customers().insertAll(tenant, people));
    return people;
  }

  @Test
  void overview_customerWithManyParts_takesAtMostFourStatements() {
    // given: 10 contact points, 20 relationships, 2 households, 30 holdings
    Customer customer = given.personWithContactPoints("Overview Owner", 10);
    List<Customer> others = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      others.add(given.person("Relative " + i));
    }
    storage.inTransactionDo(
        unit -> {
          unit.customers().insert(tenant, customer);
          unit.customers().insertAll(tenant, others);
          for (int i = 0; i < others.size(); i++) {
            unit.relationships()
                .insert(
                    tenant,
                    i % 2 == 0
                        ? given.relationship(customer.id(), others.get(i).id())
                        : given.relationship(others.get(i).id(), customer.id()));
          }
          unit.households()
              .insert(tenant, given.household(customer.id(), true, others.get(0).id()));
          unit.households()
              .insert(tenant, given.household(others.get(1).id(), false, customer.id()));
          for (int i = 0; i < 30; i++) {
            unit.holdings().insert(tenant, given.holding(customer.id()));
          }
        });
    counter.reset();

    // when
    Overview overview =
        storage.inTransaction(
            unit ->
                new Overview(
                    unit.customers().get(tenant, customer.id()),
                    unit.relationships().forCustomer(tenant, customer.id()).size(),
                    unit.households().forMember(tenant, customer.id()),
                    unit.holdings().forCustomer(tenant, customer.id()).size()));

    // then
    assertThat(counter.statements()).isLessThanOrEqualTo(4);
    assertThat(overview.customer()).isEqualTo(customer);
    assertThat(overview.relationships()).isEqualTo(20);
    assertThat(overview.households()).hasSize(2);
    assertThat(overview.households()).allSatisfy(h -> assertThat(h.members()).hasSize(2));
    assertThat(overview.holdings()).isEqualTo(30);
  }

  @Test
  void search_pageWithEveryFilterAndACursor_takesOneStatement() {
    // given
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      customers.add(given.person("Searchable " + (char) ('a' + i)));
    }
    storage.inTransactionDo(unit -> unit.customers().insertAll(tenant, customers));
    CustomerQuery query =
        CustomerQuery.nameStartsWith("search")
            .withTag("retail")
            .withOwner(customers.get(0).owner())
            .withBranch(customers.get(0).branch())
            .withStatus(CustomerStatus.PROSPECT);
    var first = storage.inTransaction(unit -> search(unit, query, PageRequest.first(5)));
    counter.reset();

    // when
    var second =
        storage.inTransaction(
            unit -> search(unit, query, PageRequest.after(first.nextCursor().orElseThrow(), 5)));

    // then
    assertThat(counter.statements()).isEqualTo(1);
    assertThat(second.items()).containsExactlyElementsOf(customers.subList(5, 10));
    assertThat(second.hasNext()).isTrue();
  }

  private Page<Customer> search(UnitOfWork unit, CustomerQuery query, PageRequest page) {
    return unit.customers().search(tenant, query, page);
  }

  /** What an advisor's customer overview shows. */
  private record Overview(
      Customer customer, int relationships, List<Household> households, int holdings) {}
}
