package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.merge.DuplicateReport;
import io.rapport.crm.party.merge.MatchProfile;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.DuplicateSearch;
import io.rapport.crm.sdk.Duplicates;
import io.rapport.crm.sdk.MergeCustomers;
import io.rapport.crm.sdk.MergeResult;
import io.rapport.crm.sdk.MergeSummary;
import io.rapport.crm.sdk.UnmergeResult;
import io.rapport.crm.sdk.internal.validation.Arguments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Duplicates} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultDuplicates implements Duplicates {
  private final CommandRunner runner;
  private final Duration undoWindow;

  /** The duplicate use cases; a merge may be undone for {@code undoWindow}. */
  public DefaultDuplicates(CommandRunner runner, Duration undoWindow) {
    this.runner = runner;
    this.undoWindow = undoWindow;
  }

  @Override
  public DuplicateReport find(Caller caller, DuplicateSearch search) {
    TenantId tenant = Arguments.notNull("find", caller, "caller").tenant();
    Arguments.notNull("find", search, "search");
    runner.access().requireChangeEverything(caller, "duplicate search");
    List<MatchProfile> profiles = new ArrayList<>();
    PageRequest request = PageRequest.first(search.pageSize());
    while (request != null) {
      PageRequest current = request;
      Page<Customer> page =
          runner.read(unit -> unit.customers().search(tenant, CustomerQuery.all(), current));
      for (Customer customer : page.items()) {
        if (customer.status() != CustomerStatus.MERGED) {
          profiles.add(MatchProfile.of(customer));
        }
      }
      request = page.nextCursor().map(current::next).orElse(null);
    }
    return search.detector().detect(profiles);
  }

  @Override
  public MergeResult merge(Caller caller, MergeCustomers command) {
    Arguments.notNull(CustomerMerger.COMMAND, caller, "caller");
    runner.access().requireChangeEverything(caller, "customer merge");
    CustomerMerger.validate(command);
    MergeId mergeId = runner.ids().next(MergeId::new);
    return runner.write(
        caller,
        runner.now(),
        changes -> CustomerMerger.merge(changes, command, mergeId, undoWindow));
  }

  @Override
  public UnmergeResult unmerge(Caller caller, MergeId mergeId) {
    Arguments.notNull("unmerge", caller, "caller");
    Arguments.notNull("unmerge", mergeId, "mergeId");
    runner.access().requireChangeEverything(caller, "customer unmerge");
    return runner.write(
        caller, runner.now(), changes -> CustomerUnmerger.unmerge(changes, mergeId));
  }

  @Override
  public Optional<MergeSummary> mergeRecord(Caller caller, MergeId mergeId) {
    TenantId tenant = Arguments.notNull("mergeRecord", caller, "caller").tenant();
    Arguments.notNull("mergeRecord", mergeId, "mergeId");
    runner.access().requireChangeEverything(caller, "merge records");
    return runner
        .read(unit -> unit.customerMerges().find(tenant, mergeId))
        .map(
            record ->
                new MergeSummary(
                    record.id(),
                    record.survivor(),
                    record.merged(),
                    record.before(),
                    CustomerMerger.countByKind(record.repointed()),
                    record.mergedAt(),
                    record.undoDeadline(),
                    record.undoneAt()));
  }
}
