package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.Holdings;
import io.rapport.crm.sdk.RecordHolding;
import io.rapport.crm.sdk.RefreshResult;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.HoldingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link Holdings} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultHoldings implements Holdings {
  static final String TYPE = "holding";
  private static final String REFRESH = "RefreshHoldings";

  private final CommandRunner runner;
  private final CommandValidator validator;
  private final AccessGuard access;

  /** The holding use cases. */
  public DefaultHoldings(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
    this.access = runner.access();
  }

  @Override
  public Holding record(Caller caller, RecordHolding command) {
    Arguments.notNull("RecordHolding", caller, "caller");
    ViolationCollector collector = validator.collect(command, "RecordHolding");
    Instant now = runner.now();
    Holding holding =
        HoldingFactory.create(collector, "", command, runner.ids().next(HoldingId::new), now);
    collector.throwIfInvalid();
    return runner.write(
        caller,
        now,
        changes -> {
          access.requireChangeable(caller, changes.unit(), holding.customer());
          changes.unit().holdings().insert(changes.tenant(), holding);
          recordAdded(changes, holding);
          return holding;
        });
  }

  static void recordAdded(Changes changes, Holding holding) {
    changes.record(
        ConsentSubject.customer(holding.customer()),
        TYPE,
        holding.id(),
        "holding.recorded",
        holding.version(),
        HoldingDiffer.diff(null, holding),
        data(holding));
  }

  static Map<String, String> data(Holding holding) {
    return Map.of(
        "customerId", holding.customer().toString(),
        "productType", holding.productType().name());
  }

  @Override
  public RefreshResult refresh(Caller caller, CustomerId customer, List<RecordHolding> snapshot) {
    Arguments.notNull(REFRESH, caller, "caller");
    Arguments.notNull(REFRESH, customer, "customer");
    Arguments.notNull(REFRESH, snapshot, "snapshot");
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < snapshot.size(); i++) {
      violations.addAll(validator.violations(snapshot.get(i), "snapshot[" + i + "]"));
    }
    if (!violations.isEmpty()) {
      throw new CommandValidationException(REFRESH, violations);
    }
    Instant now = runner.now();
    List<Holding> wanted = convert(customer, snapshot, now);
    return runner.write(
        caller,
        now,
        changes -> {
          TenantId tenant = changes.tenant();
          HoldingRepository holdings = changes.unit().holdings();
          access.requireChangeable(caller, changes.unit(), customer);
          Map<AccountReference, Holding> stored = new LinkedHashMap<>();
          for (Holding holding : holdings.forCustomer(tenant, customer)) {
            stored.put(holding.accountReference(), holding);
          }
          int added = 0;
          int updated = 0;
          int unchanged = 0;
          for (Holding holding : wanted) {
            Holding current = stored.remove(holding.accountReference());
            if (current == null) {
              holdings.insert(tenant, holding);
              recordAdded(changes, holding);
              added++;
            } else if (current.sameValuesAs(holding)) {
              unchanged++;
            } else {
              Holding saved = holdings.update(tenant, current.refreshedFrom(holding));
              changes.record(
                  ConsentSubject.customer(saved.customer()),
                  TYPE,
                  saved.id(),
                  "holding.updated",
                  saved.version(),
                  HoldingDiffer.diff(current, saved),
                  data(saved));
              updated++;
            }
          }
          for (Holding gone : stored.values()) {
            holdings.delete(tenant, gone.id(), gone.version());
            changes.record(
                ConsentSubject.customer(gone.customer()),
                TYPE,
                gone.id(),
                "holding.removed",
                gone.version(),
                HoldingDiffer.diff(gone, null),
                data(gone));
          }
          return new RefreshResult(added, updated, stored.size(), unchanged);
        });
  }

  private List<Holding> convert(CustomerId customer, List<RecordHolding> snapshot, Instant now) {
    ViolationCollector collector = new ViolationCollector(REFRESH);
    Set<AccountReference> references = new HashSet<>();
    List<Holding> result = new ArrayList<>(snapshot.size());
    for (int i = 0; i < snapshot.size(); i++) {
      String prefix = "snapshot[" + i + "]";
      RecordHolding command = snapshot.get(i);
      if (!command.customer().equals(customer)) {
        collector.reject(
            prefix + ".customer",
            "SameCustomer",
            "must be the customer whose holdings are refreshed");
      }
      Holding holding =
          HoldingFactory.create(collector, prefix, command, runner.ids().next(HoldingId::new), now);
      if (holding != null) {
        if (!references.add(holding.accountReference())) {
          collector.reject(
              prefix + ".accountReference",
              "UniqueAccountReference",
              "must appear only once in the snapshot");
        }
        result.add(holding);
      }
    }
    collector.throwIfInvalid();
    return result;
  }

  @Override
  public List<Holding> of(Caller caller, CustomerId customer) {
    TenantId tenant = Arguments.notNull("of", caller, "caller").tenant();
    Arguments.notNull("of", customer, "customer");
    return runner.read(
        unit -> {
          if (!access.mayRead(caller, unit, customer)) {
            return List.of();
          }
          return unit.holdings().forCustomer(tenant, customer);
        });
  }
}
