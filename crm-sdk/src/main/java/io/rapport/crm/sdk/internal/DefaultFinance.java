package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.ImportBatchId;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Finance;
import io.rapport.crm.sdk.FinanceCommand;
import io.rapport.crm.sdk.FinanceImportResult;
import io.rapport.crm.sdk.ImportProgress;
import io.rapport.crm.sdk.RowIssue;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.spi.EventWrite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@link Finance} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultFinance implements Finance {
  static final String TYPE = "financial-import";
  private static final String ACTION = "finance.imported";
  private static final Violation UNKNOWN_CUSTOMER =
      new Violation("customer", "CustomerExists", "must be a customer of the tenant");
  private static final Violation CONFLICT =
      new Violation(
          "externalKey", "SameValuesPerKey", "is stored already with other values; kept as stored");

  private final CommandRunner runner;
  private final CommandValidator validator;

  /** The finance use cases. */
  public DefaultFinance(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
  }

  @Override
  public FinanceImportResult importEvents(
      Caller caller, Iterable<? extends FinanceCommand> rows, ImportProgress progress) {
    runner.access().requireChangeEverything(caller, "finance imports");
    Arguments.notNull("importEvents", caller, "caller");
    Arguments.notNull("importEvents", rows, "rows");
    Arguments.notNull("importEvents", progress, "progress");
    Tally tally = new Tally();
    List<FinanceCommand> batch = new ArrayList<>(BATCH_ROWS);
    long index = 0;
    long batchStart = 0;
    for (FinanceCommand row : rows) {
      batch.add(row);
      index++;
      if (batch.size() == BATCH_ROWS) {
        importBatch(caller, batch, batchStart, tally);
        progress.batchDone(tally.result());
        batch.clear();
        batchStart = index;
      }
    }
    if (!batch.isEmpty()) {
      importBatch(caller, batch, batchStart, tally);
      progress.batchDone(tally.result());
    }
    return tally.result();
  }

  private void importBatch(Caller caller, List<FinanceCommand> rows, long start, Tally tally) {
    List<FinancialEvent> events = new ArrayList<>();
    List<Long> indexes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      FinanceCommand row = rows.get(i);
      if (row == null) {
        tally.rejected.add(
            new RowIssue(start + i, List.of(new Violation("row", "NotNull", "must not be null"))));
        continue;
      }
      FinanceRows.Converted converted = FinanceRows.convert(validator, row);
      if (converted.event() == null) {
        tally.rejected.add(new RowIssue(start + i, converted.violations()));
      } else {
        events.add(converted.event());
        indexes.add(start + i);
      }
    }
    if (events.isEmpty()) {
      return;
    }
    runner.write(
        caller,
        runner.now(),
        changes -> {
          TenantId tenant = changes.tenant();
          Set<CustomerId> known = known(changes, events);
          List<FinancialEvent> storable = new ArrayList<>();
          List<Long> storableIndexes = new ArrayList<>();
          List<RowIssue> unknown = new ArrayList<>();
          for (int i = 0; i < events.size(); i++) {
            if (known.contains(events.get(i).customer())) {
              storable.add(events.get(i));
              storableIndexes.add(indexes.get(i));
            } else {
              unknown.add(new RowIssue(indexes.get(i), List.of(UNKNOWN_CUSTOMER)));
            }
          }
          List<EventWrite> outcomes = changes.unit().financialEvents().storeNew(tenant, storable);
          Tally batchTally = new Tally();
          batchTally.rejected.addAll(unknown);
          for (int i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i)) {
              case STORED -> batchTally.imported++;
              case ALREADY_PRESENT -> batchTally.alreadyPresent++;
              case CONFLICTING ->
                  batchTally.conflicts.add(new RowIssue(storableIndexes.get(i), List.of(CONFLICT)));
            }
          }
          if (batchTally.imported > 0) {
            record(changes, storable, outcomes, batchTally);
          }
          tally.add(batchTally);
          return null;
        });
    tally.rejected.sort(Comparator.comparingLong(RowIssue::index));
  }

  private static Set<CustomerId> known(Changes changes, List<FinancialEvent> events) {
    Set<CustomerId> wanted = new LinkedHashSet<>();
    for (FinancialEvent event : events) {
      wanted.add(event.customer());
    }
    return changes.unit().customers().findAll(changes.tenant(), wanted).stream()
        .map(Customer::id)
        .collect(Collectors.toSet());
  }

  /** One audit entry and one event for the batch, with its counts and event types. */
  private void record(
      Changes changes, List<FinancialEvent> events, List<EventWrite> outcomes, Tally batch) {
    Set<String> types = new TreeSet<>();
    for (int i = 0; i < events.size(); i++) {
      if (outcomes.get(i) == EventWrite.STORED) {
        types.add(events.get(i).type().name());
      }
    }
    String typeList = String.join(",", types);
    changes.record(
        TYPE,
        runner.ids().next(ImportBatchId::new),
        ACTION,
        1,
        List.of(
            new FieldChange("eventTypes", null, typeList),
            new FieldChange("imported", null, Long.toString(batch.imported)),
            new FieldChange("alreadyPresent", null, Long.toString(batch.alreadyPresent)),
            new FieldChange("conflicting", null, Integer.toString(batch.conflicts.size())),
            new FieldChange("rejected", null, Integer.toString(batch.rejected.size()))),
        Map.of(
            "eventTypes", typeList,
            "imported", Long.toString(batch.imported),
            "alreadyPresent", Long.toString(batch.alreadyPresent),
            "conflicting", Integer.toString(batch.conflicts.size())));
  }

  @Override
  public void purchaseSummaries(
      Caller caller,
      Currency currency,
      LocalDate observationEnd,
      Consumer<? super PurchaseSummary> sink) {
    runner.access().requireTenantWide(caller, "finance summaries (purchaseSummaries)");
    TenantId tenant = Arguments.notNull("purchaseSummaries", caller, "caller").tenant();
    Arguments.notNull("purchaseSummaries", currency, "currency");
    Arguments.notNull("purchaseSummaries", observationEnd, "observationEnd");
    Arguments.notNull("purchaseSummaries", sink, "sink");
    runner.read(
        unit -> {
          unit.customerFinance().purchaseSummaries(tenant, currency, observationEnd, sink);
          return null;
        });
  }

  @Override
  public void lineTotals(Caller caller, ReportingPeriod period, Consumer<? super LineTotal> sink) {
    runner.access().requireTenantWide(caller, "finance summaries (lineTotals)");
    TenantId tenant = Arguments.notNull("lineTotals", caller, "caller").tenant();
    Arguments.notNull("lineTotals", period, "period");
    Arguments.notNull("lineTotals", sink, "sink");
    runner.read(
        unit -> {
          unit.customerFinance().lineTotals(tenant, period, sink);
          return null;
        });
  }

  /** Running counts of an import. Confined to the importing thread. */
  private static final class Tally {
    private long imported;
    private long alreadyPresent;
    private final List<RowIssue> conflicts = new ArrayList<>();
    private final List<RowIssue> rejected = new ArrayList<>();

    void add(Tally batch) {
      imported += batch.imported;
      alreadyPresent += batch.alreadyPresent;
      conflicts.addAll(batch.conflicts);
      rejected.addAll(batch.rejected);
    }

    FinanceImportResult result() {
      return new FinanceImportResult(imported, alreadyPresent, conflicts, rejected);
    }
  }
}
