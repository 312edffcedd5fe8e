package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerMergedException;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.merge.DuplicateReport;
import io.rapport.crm.party.merge.MatchReason;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.DuplicateSearch;
import io.rapport.crm.sdk.MergeCustomers;
import io.rapport.crm.sdk.MergeResult;
import io.rapport.crm.tck.internal.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The duplicate use cases of the SDK on a database: a tenant-wide search finds look-alikes through
 * keyset pages, a merge marks the others merged, and an unmerge writes every before-image back
 * exactly as it was (through the merge record's JSON).
 */
abstract class MergeRoundTripChecks {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final Caller caller = Caller.of(given.tenant(), Actor.user("rm-1"));

  /** The database under test. */
  abstract Dialect dialect();

  @Test
  void findMergeUnmerge_lookAlikes_roundTripExactly() {
    // given: two records of one person (same national id), one other person, pages of 2
    JdbcStorage storage = TestDatabases.shared(dialect());
    Crm crm = Crm.builder().storage(storage).build();
    Customer first = given.aPersonNamed("Amelia Hartley");
    Customer second = given.aPersonNamed("Hartley, Amelia");
    Customer other = given.anOrganisation();
    storage.inTransactionDo(
        unit -> unit.customers().insertAll(given.tenant(), List.of(first, second, other)));

    // when
    DuplicateReport report = crm.duplicates().find(caller, new DuplicateSearch(0, 0.88, 1_000, 2));
    MergeResult merge =
        crm.duplicates().merge(caller, MergeCustomers.into(first.id()).merging(second.id()));

    // then
    assertThat(report.records()).isEqualTo(3);
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.members()).containsExactlyInAnyOrder(first.id(), second.id()))
        .satisfies(c -> assertThat(c.reasons()).contains(MatchReason.GOVERNMENT_ID));
    assertThat(crm.customers().find(caller, second.id()))
        .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CustomerStatus.MERGED));
    assertThatThrownBy(() -> crm.customers().get(caller, second.id()))
        .isInstanceOf(CustomerMergedException.class);
    assertThat(merge.survivor().contactPoints()).hasSize(7);

    // when
    crm.duplicates().unmerge(caller, merge.mergeId());

    // then
    for (Customer before : List.of(first, second)) {
      Customer now = crm.customers().get(caller, before.id());
      assertThat(now.toBuilder().version(before.version()).build()).isEqualTo(before);
    }
  }
}
