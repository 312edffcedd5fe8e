package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.access.BarrierSide;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link RecordFilter} reaches the database as predicates: a filtered search page is one
 * statement holding the owner IN list and the barrier NOT EXISTS, and comes back full, so nothing
 * was filtered after loading.
 */
abstract class AccessSqlChecks {
  private static final EmployeeId ADA = EmployeeId.of("ada");
  private static final EmployeeId BOB = EmployeeId.of("bob");
  private static final BarrierSide DEALS = BarrierSide.of("deals");

  private final Samples given = new Samples();
  private final TenantId tenant = given.tenant();
  private CountingDataSource counter;
  private JdbcStorage storage;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingStorage() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage = TestDatabases.storage(dialect(), counter.dataSource(), builder -> builder);
  }

  private List<Customer> storeAlternatingOwners(int count) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Customer.Builder builder =
          given.person(String.format("Customer %03d", i)).toBuilder().owner(i % 2 == 0 ? ADA : BOB);
      if (i % 4 == 0) {
        builder.tags(Set.of(DEALS.tag()));
      }
      customers.add(builder.build());
    }
    storage.inTransactionDo(unit -> unit.customers().insertAll(tenant, customers));
    return customers;
  }

  @Test
  void search_ownerFilterWithWall_isOneStatementWithPredicatesAndAFullPage() {
    // given: ada owns every second customer, every fourth is on the walled-off deals side
    storeAlternatingOwners(40);
    RecordFilter filter = new RecordFilter(false, Set.of(ADA), Set.of(), Set.of(DEALS));
    counter.reset();

    // when
    Page<Customer> page =
        storage.inTransaction(
            unit ->
                unit.customers().search(tenant, CustomerQuery.all(), PageRequest.first(5), filter));

    // then: ada's customers not on the deals side are 2, 6, 10, ...; the page is full
    assertThat(page.items()).hasSize(5);
    assertThat(page.items()).allSatisfy(c -> assertThat(c.owner()).isEqualTo(ADA));
    assertThat(page.items()).allSatisfy(c -> assertThat(c.tags()).doesNotContain(DEALS.tag()));
    assertThat(page.next()).isNotNull();
    assertThat(counter.statements()).isEqualTo(1);
    assertThat(counter.prepared())
        .singleElement()
        .satisfies(
            sql -> {
              assertThat(sql).contains("c.owner_id IN (?)");
              assertThat(sql).contains("NOT EXISTS");
              assertThat(sql).contains("w.tag IN (?)");
            });
  }

  @Test
  void countAndSegmentMembers_filter_areCountedAndSelectedInTheQuery() {
    // given
    List<Customer> stored = storeAlternatingOwners(12);
    RecordFilter filter = new RecordFilter(false, Set.of(BOB), Set.of(), Set.of());
    counter.reset();

    // when
    long counted = storage.inTransaction(unit -> unit.customers().count(tenant, filter));
    List<CustomerId> members =
        storage.inTransaction(
            unit ->
                unit.segments().members(tenant, new Criterion.HasTag("retail"), null, 100, filter));

    // then: bob owns the odd ones, all tagged retail (the deals label replaced the tag of some even
    // ones)
    assertThat(counted).isEqualTo(6);
    assertThat(members)
        .hasSize(6)
        .allSatisfy(
            id ->
                assertThat(
                        stored.stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .orElseThrow()
                            .owner())
                    .isEqualTo(BOB));
    assertThat(counter.statements()).isEqualTo(2);
    assertThat(counter.prepared()).allSatisfy(sql -> assertThat(sql).contains("c.owner_id IN (?)"));
  }

  @Test
  void search_branchFilter_usesBranchPredicate() {
    // given
    storeAlternatingOwners(4);
    RecordFilter filter =
        new RecordFilter(false, Set.of(), Set.of(BranchCode.of("NOWHERE")), Set.of());
    counter.reset();

    // when
    Page<Customer> page =
        storage.inTransaction(
            unit ->
                unit.customers().search(tenant, CustomerQuery.all(), PageRequest.first(5), filter));

    // then
    assertThat(page.items()).isEmpty();
    assertThat(counter.prepared()).singleElement().asString().contains("c.branch_code IN (?)");
  }
}
