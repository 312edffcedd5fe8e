package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.MergeCustomers;
import io.rapport.crm.sdk.MergeResult;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.MergeChildren;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designed cost of a customer merge, counted in round trips: a fixed number of statements per
 * record and per kind of child row, never one per child row. Three records with one row of every
 * kind cost as much as three records with 41 holdings each.
 */
abstract class MergeStatementCostChecks {
  /** Reads, customer and child-row updates, the merge record, audit and outbox: at most this. */
  private static final int BOUND = 70;

  private CountingDataSource counter;
  private JdbcStorage storage;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingStorage() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage = TestDatabases.storage(dialect(), counter.dataSource(), builder -> builder);
  }

  @Test
  void merge_manyChildRows_takesAsManyStatementsAsFew() {
    // when
    Cost few = costOf(0);
    Cost many = costOf(40);

    // then
    assertThat(many.merge()).isEqualTo(few.merge()).isLessThanOrEqualTo(BOUND);
    assertThat(many.unmerge()).isEqualTo(few.unmerge()).isLessThanOrEqualTo(BOUND);
    assertThat(many.moved()).isEqualTo(few.moved() + 2 * 40);
  }

  private Cost costOf(int extraHoldings) {
    Fixtures given = Fixtures.forFreshTenant();
    MergeChildren children = new MergeChildren(storage, given);
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Customer customer = given.aPersonNamed("Record " + i);
      storage.inTransactionDo(unit -> unit.customers().insert(given.tenant(), customer));
      children.seed(customer.id());
      for (int h = 0; h < extraHoldings; h++) {
        storage.inTransactionDo(
            unit -> unit.holdings().insert(given.tenant(), given.aHolding(customer.id())));
      }
      ids.add(customer.id());
    }
    Crm crm = Crm.builder().storage(storage).build();
    Caller caller = Caller.of(given.tenant(), Actor.user("rm-1"));
    counter.reset();
    MergeResult result =
        crm.duplicates()
            .merge(caller, MergeCustomers.into(ids.get(0)).merging(ids.get(1), ids.get(2)));
    int merge = counter.statements();
    counter.reset();
    crm.duplicates().unmerge(caller, result.mergeId());
    int unmerge = counter.statements();
    int moved = result.repointedRows().values().stream().mapToInt(Integer::intValue).sum();
    return new Cost(merge, unmerge, moved);
  }

  private record Cost(int merge, int unmerge, int moved) {}
}
