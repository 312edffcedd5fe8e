package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.party.merge.UnmergeRefusedException;
import io.rapport.crm.party.merge.UnmergeRefusedException.Reason;
import io.rapport.crm.sdk.UnmergeResult;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.MergeRecord;
import io.rapport.crm.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One unmerge, inside the command's unit of work. */
final class CustomerUnmerger {
  private CustomerUnmerger() {}

  static UnmergeResult unmerge(Changes changes, MergeId mergeId) {
    UnitOfWork unit = changes.unit();
    TenantId tenant = changes.tenant();
    MergeRecord record =
        unit.customerMerges()
            .find(tenant, mergeId)
            .orElseThrow(() -> new RecordNotFoundException("customer merge", mergeId));
    if (record.undone()) {
      throw new UnmergeRefusedException(mergeId, Reason.ALREADY_UNDONE);
    }
    if (changes.now().isAfter(record.undoDeadline())) {
      throw new UnmergeRefusedException(mergeId, Reason.WINDOW_PASSED);
    }
    Map<Object, Customer> current = new HashMap<>();
    unit.customers()
        .findAll(tenant, record.before().stream().map(Customer::id).toList())
        .forEach(c -> current.put(c.id(), c));
    for (Customer before : record.before()) {
      Customer now = current.get(before.id());
      if (now == null || now.version() != before.version() + 1) {
        throw new UnmergeRefusedException(mergeId, Reason.CHANGED_SINCE_MERGE);
      }
    }
    for (CustomerReferences references : unit.customerMerges().references()) {
      references.restore(tenant, record.survivor(), record.repointed());
    }
    List<Customer> restored = new ArrayList<>();
    for (Customer before : record.before()) {
      Customer now = current.get(before.id());
      Customer saved =
          unit.customers().update(tenant, before.toBuilder().version(now.version()).build());
      restored.add(saved);
      changes.record(
          ConsentSubject.customer(saved.id()),
          DefaultCustomers.TYPE,
          saved.id(),
          "customer.unmerged",
          saved.version(),
          CustomerDiffer.diff(now, saved),
          Map.of(
              "mergeId",
              mergeId.toString(),
              "role",
              before.id().equals(record.survivor()) ? "survivor" : "merged"));
    }
    unit.customerMerges().markUndone(tenant, mergeId, changes.now());
    return new UnmergeResult(mergeId, restored, record.repointed().size());
  }
}
