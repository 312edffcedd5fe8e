package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.compliance.RetentionPolicy;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Retention;
import io.rapport.crm.sdk.RetentionOutcome;
import io.rapport.crm.sdk.RetentionReport;
import io.rapport.crm.spi.RetentionCheckpoint;
import io.rapport.crm.spi.RetentionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Retention} over the command runner: per policy, units of work of one batch each. A unit
 * reads the type's checkpoint (adopting the cutoff and position of an interrupted run), selects the
 * next keyset page, processes it with its audit entries, and saves the checkpoint, or clears it
 * when the page is the last. Thread-safe.
 */
public final class DefaultRetention implements Retention {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultRetention.class);
  private static final int MAX_BATCH_SIZE = RetentionStore.MAX_LIMIT;

  private final CommandRunner runner;
  private final List<RetentionPolicy> policies;
  private final CustomerEraser eraser;

  /**
   * Retention with the configured {@code policies}, erasing closed customers with {@code eraser}.
   */
  public DefaultRetention(
      CommandRunner runner, List<RetentionPolicy> policies, CustomerEraser eraser) {
    this.runner = runner;
    this.policies = checked(policies);
    this.eraser = eraser;
  }

  @Override
  public List<RetentionPolicy> policies() {
    return policies;
  }

  @Override
  public RetentionReport applyRetention(
      Caller caller, Instant now, int batchSize, List<RetentionPolicy> policies) {
    Checks.notNull(caller, "caller");
    Checks.notNull(now, "now");
    runner.access().requireChangeEverything(caller, "retention");
    Checks.argument(
        batchSize >= 1 && batchSize <= MAX_BATCH_SIZE,
        "batchSize",
        "batchSize must be 1..%s but was %s",
        MAX_BATCH_SIZE,
        batchSize);
    List<RetentionOutcome> outcomes = new ArrayList<>();
    for (RetentionPolicy policy : checked(policies)) {
      RetentionOutcome outcome = apply(caller, now, batchSize, policy);
      LOG.info(
          "Retention {} for tenant {}: {} examined, {} {}, {} held, {} skipped in {} batch(es){}",
          policy.type(),
          caller.tenant(),
          outcome.examined(),
          outcome.processed(),
          policy.action(),
          outcome.held(),
          outcome.skipped(),
          outcome.batches(),
          outcome.isUnavailable() ? " (" + outcome.unavailable() + ")" : "");
      outcomes.add(outcome);
    }
    return new RetentionReport(now, outcomes);
  }

  private RetentionOutcome apply(
      Caller caller, Instant now, int batchSize, RetentionPolicy policy) {
    return switch (policy.type()) {
      case LOST_LEAD ->
          new BatchRun<>(
                  caller,
                  policy,
                  now,
                  batchSize,
                  RetentionSteps.leads(
                      EnumSet.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED)))
              .run();
      case DISQUALIFIED_LEAD ->
          new BatchRun<>(
                  caller,
                  policy,
                  now,
                  batchSize,
                  RetentionSteps.leads(EnumSet.of(LeadStatus.DISQUALIFIED)))
              .run();
      case CAMPAIGN_MEMBER ->
          new BatchRun<>(caller, policy, now, batchSize, RetentionSteps.campaignMembers()).run();
      case CLOSED_CUSTOMER ->
          eraser.available()
              ? new BatchRun<>(
                      caller, policy, now, batchSize, RetentionSteps.closedCustomers(eraser))
                  .run()
              : closedCustomersUnavailable(caller, now, batchSize, policy);
      case AUDIT -> new BatchRun<>(caller, policy, now, batchSize, RetentionSteps.audit()).run();
      case INTERACTION ->
          new RetentionOutcome(
              policy.type(),
              policy.action(),
              policy.cutoff(now),
              0,
              0,
              0,
              0,
              0,
              null,
              "interactions are not stored yet: nothing to retain");
    };
  }

  /** Selects the first page of due closed customers, to report them, and erases none. */
  private RetentionOutcome closedCustomersUnavailable(
      Caller caller, Instant now, int batchSize, RetentionPolicy policy) {
    Instant cutoff = policy.cutoff(now);
    int due =
        runner.read(
            unit ->
                unit.retention().closedCustomers(caller.tenant(), cutoff, null, batchSize).size());
    return new RetentionOutcome(
        policy.type(),
        policy.action(),
        cutoff,
        due,
        0,
        0,
        0,
        0,
        null,
        CustomerEraser.UNAVAILABLE_REASON);
  }

  private static List<RetentionPolicy> checked(List<RetentionPolicy> policies) {
    List<RetentionPolicy> list = Checks.list(policies, "policies");
    Set<RetainedRecordType> types = new HashSet<>();
    for (RetentionPolicy policy : list) {
      Checks.argument(
          types.add(policy.type()),
          "policies",
          "policies must name each record type once but named %s twice",
          policy.type());
    }
    return list.stream().sorted(Comparator.comparing(RetentionPolicy::type)).toList();
  }

  /** One policy's run: its state across the batches. */
  private final class BatchRun<K> {
    private final Caller caller;
    private final RetentionPolicy policy;
    private final Instant now;
    private final int batchSize;
    private final RetentionStep<K> step;
    private final String id;
    private Instant cutoff;
    private K after;
    private String resumedFrom;
    private long examined;
    private long processed;
    private long held;
    private long skipped;
    private int batches;

    BatchRun(
        Caller caller, RetentionPolicy policy, Instant now, int batchSize, RetentionStep<K> step) {
      this.caller = caller;
      this.policy = policy;
      this.now = now;
      this.batchSize = batchSize;
      this.step = step;
      this.id = runner.ids().next(UUID::toString);
      this.cutoff = policy.cutoff(now);
    }

    RetentionOutcome run() {
      boolean more = true;
      while (more) {
        more = runner.write(caller, now, this::batch);
      }
      return new RetentionOutcome(
          policy.type(),
          policy.action(),
          cutoff,
          examined,
          processed,
          held,
          skipped,
          batches,
          resumedFrom,
          null);
    }

    /** One batch in {@code changes}' unit; whether another may follow. */
    private boolean batch(Changes changes) {
      RetentionStore store = changes.unit().retention();
      Optional<RetentionCheckpoint> checkpoint = store.checkpoint(caller.tenant(), policy.type());
      if (checkpoint.isPresent() && !checkpoint.get().runId().equals(id)) {
        cutoff = checkpoint.get().cutoff();
        after = step.parse(checkpoint.get().lastKey());
        resumedFrom = checkpoint.get().lastKey();
      }
      List<K> keys = step.select(changes.unit(), caller.tenant(), cutoff, after, batchSize);
      if (keys.isEmpty()) {
        checkpoint.ifPresent(c -> store.clearCheckpoint(caller.tenant(), policy.type()));
        return false;
      }
      BatchCounts counts = step.process(changes, keys);
      long done = counts.processed();
      K last = keys.get(keys.size() - 1);
      boolean full = keys.size() == batchSize;
      if (full) {
        long before = checkpoint.map(RetentionCheckpoint::processed).orElse(0L);
        int batchesBefore = checkpoint.map(RetentionCheckpoint::batches).orElse(0);
        store.saveCheckpoint(
            caller.tenant(),
            new RetentionCheckpoint(
                policy.type(), id, cutoff, step.text(last), before + done, batchesBefore + 1));
      } else if (checkpoint.isPresent()) {
        store.clearCheckpoint(caller.tenant(), policy.type());
      }
      examined += keys.size();
      processed += done;
      held += counts.held();
      skipped += counts.skipped();
      batches++;
      after = last;
      return full;
    }
  }
}
