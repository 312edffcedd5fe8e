package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerMergedException;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.party.merge.MergePlan;
import io.rapport.crm.party.merge.MergePlanner;
import io.rapport.crm.party.merge.SurvivorshipRules;
import io.rapport.crm.sdk.MergeCustomers;
import io.rapport.crm.sdk.MergeResult;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.CustomerReferences;
import io.rapport.crm.spi.MergeRecord;
import io.rapport.crm.spi.RepointedRow;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One merge, inside the command's unit of work. */
final class CustomerMerger {
  static final String COMMAND = "MergeCustomers";

  private CustomerMerger() {}

  /** Reports every broken rule of the command's shape at once. */
  static void validate(MergeCustomers command) {
    ViolationCollector collector = new ViolationCollector(COMMAND);
    collector.require(command != null, "", "NotNull", "must not be null");
    collector.throwIfInvalid();
    collector.require(command.survivor() != null, "survivor", "NotNull", "must not be null");
    collector.require(command.rules() != null, "rules", "NotNull", "must not be null");
    List<CustomerId> others = command.others();
    collector.require(others != null, "others", "NotNull", "must not be null");
    if (others != null) {
      collector.require(
          !others.isEmpty(), "others", "NotEmpty", "must name at least one record to merge");
      collector.require(
          others.size() < MergePlanner.MAX_RECORDS,
          "others",
          "Size",
          "must name fewer than " + MergePlanner.MAX_RECORDS + " records");
      Set<CustomerId> seen = new HashSet<>();
      for (int i = 0; i < others.size(); i++) {
        CustomerId id = others.get(i);
        String path = "others[" + i + "]";
        collector.require(id != null, path, "NotNull", "must not be null");
        collector.require(id == null || seen.add(id), path, "Distinct", "names a record twice");
        collector.require(
            id == null || !id.equals(command.survivor()),
            path,
            "NotSurvivor",
            "must not be the survivor");
      }
    }
    collector.throwIfInvalid();
  }

  /** Merges in {@code changes}' unit and records the audit entries and events. */
  static MergeResult merge(
      Changes changes, MergeCustomers command, MergeId mergeId, Duration undoWindow) {
    UnitOfWork unit = changes.unit();
    TenantId tenant = changes.tenant();
    List<CustomerId> ids = new ArrayList<>();
    ids.add(command.survivor());
    ids.addAll(command.others());
    List<Customer> before = load(unit, tenant, ids);
    SurvivorshipRules rules = command.rules();
    MergePlan plan =
        ViolationCollector.single(
            COMMAND,
            "",
            () ->
                MergePlanner.plan(
                    before.get(0), before.subList(1, before.size()), rules, changes.now()));
    Map<CustomerId, ConsentHistory> histories = unit.consents().historiesOf(tenant, ids);
    Customer survivor = unit.customers().update(tenant, plan.result());
    List<Customer> mergedAway = new ArrayList<>();
    for (Customer other : before.subList(1, before.size())) {
      mergedAway.add(
          unit.customers()
              .update(
                  tenant,
                  other.toBuilder()
                      .status(CustomerStatus.MERGED)
                      .updatedAt(changes.now())
                      .build()));
    }
    List<RepointedRow> moved = new ArrayList<>();
    for (CustomerReferences references : unit.customerMerges().references()) {
      moved.addAll(references.repoint(tenant, plan.merged(), survivor.id()));
    }
    List<ConsentRecord> withdrawals =
        ConsentMerge.withdrawals(
            histories.values(), survivor.id(), "merge:" + mergeId, changes.now(), changes.ids());
    MergeRecord record =
        new MergeRecord(
            mergeId,
            survivor.id(),
            plan.merged(),
            before,
            moved,
            changes.now(),
            changes.now().plus(undoWindow),
            null);
    unit.customerMerges().insert(tenant, record);
    audit(changes, record, survivor, mergedAway, moved.size());
    withdrawals.forEach(w -> DefaultConsents.append(changes, w));
    return new MergeResult(
        mergeId,
        survivor,
        plan.merged(),
        countByKind(moved),
        plan.chosenFrom(),
        withdrawals.size(),
        record.undoDeadline());
  }

  /** The records in command order, each checked to exist and to be still standing. */
  private static List<Customer> load(UnitOfWork unit, TenantId tenant, List<CustomerId> ids) {
    Map<CustomerId, Customer> found = new HashMap<>();
    unit.customers().findAll(tenant, ids).forEach(c -> found.put(c.id(), c));
    List<Customer> records = new ArrayList<>();
    for (CustomerId id : ids) {
      Customer customer = found.get(id);
      if (customer == null) {
        throw new CustomerNotFoundException(id);
      }
      if (customer.status() == CustomerStatus.MERGED) {
        CustomerId into =
            unit.customerMerges().mergedAway(tenant, id).map(MergeRecord::survivor).orElse(id);
        throw new CustomerMergedException(id, into);
      }
      records.add(customer);
    }
    return records;
  }

  private static void audit(
      Changes changes,
      MergeRecord record,
      Customer survivor,
      List<Customer> mergedAway,
      int movedRows) {
    String mergeId = record.id().toString();
    changes.record(
        ConsentSubject.customer(survivor.id()),
        DefaultCustomers.TYPE,
        survivor.id(),
        "customer.merged",
        survivor.version(),
        CustomerDiffer.diff(record.before().get(0), survivor),
        Map.of(
            "mergeId",
            mergeId,
            "role",
            "survivor",
            "merged",
            String.join(",", record.merged().stream().map(Object::toString).toList()),
            "repointedRows",
            Integer.toString(movedRows)));
    for (int i = 0; i < mergedAway.size(); i++) {
      Customer after = mergedAway.get(i);
      changes.record(
          ConsentSubject.customer(after.id()),
          DefaultCustomers.TYPE,
          after.id(),
          "customer.merged",
          after.version(),
          CustomerDiffer.diff(record.before().get(i + 1), null),
          Map.of("mergeId", mergeId, "role", "merged", "survivor", survivor.id().toString()));
    }
  }

  static Map<String, Integer> countByKind(List<RepointedRow> rows) {
    Map<String, Integer> counts = new TreeMap<>();
    rows.forEach(row -> counts.merge(row.kind(), 1, Integer::sum));
    return counts;
  }
}
