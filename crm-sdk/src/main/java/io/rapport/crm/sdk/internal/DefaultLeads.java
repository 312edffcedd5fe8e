package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAssignment;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadScorer;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.NaiveBayesScorer;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.Captured;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.ConvertLead;
import io.rapport.crm.sdk.DuplicateCandidate;
import io.rapport.crm.sdk.Leads;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.LeadRepository;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@link Leads} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultLeads implements Leads {
  static final String TYPE = "lead";
  private static final int HISTORY_LIMIT = 100_000;

  private final CommandRunner runner;
  private final CommandValidator validator;
  private final LeadConverter converter;

  /** The lead use cases. */
  public DefaultLeads(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
    this.converter = new LeadConverter(runner, validator);
  }

  @Override
  public Captured capture(Caller caller, CaptureLead command) {
    Arguments.notNull("CaptureLead", caller, "caller");
    LeadAccess.requireMayCapture(runner.access(), caller);
    ViolationCollector collector = validator.collect(command, "CaptureLead");
    Instant now = runner.now();
    Lead lead = LeadFactory.create(collector, "", command, runner.ids().next(LeadId::new), now);
    collector.throwIfInvalid();
    TenantId tenant = caller.tenant();
    try {
      return runner.write(
          caller,
          now,
          changes -> {
            LeadRepository leads = changes.unit().leads();
            Optional<Lead> earlier = leads.findByCaptureKey(tenant, lead.captureKey());
            if (earlier.isPresent()) {
              return new Captured(earlier.get(), true, List.of());
            }
            List<DuplicateCandidate> duplicates = duplicates(caller, changes.unit(), lead);
            leads.insert(tenant, lead);
            recordCaptured(changes, lead, duplicates.size());
            return new Captured(lead, false, duplicates);
          });
    } catch (DuplicateRecordException e) {
      // A concurrent capture of the same key won: return its lead.
      return runner
          .read(unit -> unit.leads().findByCaptureKey(tenant, lead.captureKey()))
          .map(winner -> new Captured(winner, true, List.of()))
          .orElseThrow(() -> e);
    }
  }

  static void recordCaptured(Changes changes, Lead lead, int duplicates) {
    changes.created(ConsentSubject.lead(lead.id()));
    Map<String, String> data = new HashMap<>();
    data.put("source", lead.source().kind().name());
    data.put("interest", lead.interest().name());
    data.put("duplicateCandidates", Integer.toString(duplicates));
    if (lead.source().referringCustomer() != null) {
      data.put("referringCustomer", lead.source().referringCustomer().toString());
    }
    if (lead.source().referringEmployee() != null) {
      data.put("referringEmployee", lead.source().referringEmployee().toString());
    }
    changes.record(
        ConsentSubject.lead(lead.id()),
        TYPE,
        lead.id(),
        "lead.captured",
        lead.version(),
        LeadDiffer.diff(null, lead),
        data);
  }

  @Override
  public List<Captured> captureAll(Caller caller, List<CaptureLead> commands) {
    Arguments.notNull("captureAll", caller, "caller");
    Arguments.notNull("captureAll", commands, "leads");
    LeadAccess.requireMayCapture(runner.access(), caller);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      violations.addAll(validator.violations(commands.get(i), "leads[" + i + "]"));
    }
    if (!violations.isEmpty()) {
      throw new CommandValidationException("captureAll", violations);
    }
    Instant now = runner.now();
    ViolationCollector collector = new ViolationCollector("captureAll");
    List<Lead> wanted = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      wanted.add(
          LeadFactory.create(
              collector, "leads[" + i + "]", commands.get(i), runner.ids().next(LeadId::new), now));
    }
    collector.throwIfInvalid();
    TenantId tenant = caller.tenant();
    return runner.write(
        caller,
        now,
        changes -> {
          LeadRepository leads = changes.unit().leads();
          Map<String, Lead> byKey = new HashMap<>();
          for (Lead earlier :
              leads.findByCaptureKeys(tenant, wanted.stream().map(Lead::captureKey).toList())) {
            byKey.put(earlier.captureKey(), earlier);
          }
          List<Captured> results = new ArrayList<>(wanted.size());
          List<Lead> fresh = new ArrayList<>();
          for (Lead lead : wanted) {
            Lead earlier = byKey.get(lead.captureKey());
            if (earlier != null) {
              results.add(new Captured(earlier, true, List.of()));
            } else {
              byKey.put(lead.captureKey(), lead);
              fresh.add(lead);
              results.add(new Captured(lead, false, List.of()));
            }
          }
          leads.insertAll(tenant, fresh);
          for (Lead lead : fresh) {
            recordCaptured(changes, lead, 0);
          }
          return results;
        });
  }

  @Override
  public Optional<Lead> find(Caller caller, LeadId id) {
    TenantId tenant = Arguments.notNull("find", caller, "caller").tenant();
    Arguments.notNull("find", id, "id");
    return runner.read(
        unit ->
            unit.leads()
                .find(tenant, id)
                .filter(lead -> LeadAccess.mayRead(runner.access(), caller, unit, lead)));
  }

  @Override
  public List<DuplicateCandidate> findDuplicates(Caller caller, LeadId id) {
    TenantId tenant = Arguments.notNull("findDuplicates", caller, "caller").tenant();
    Arguments.notNull("findDuplicates", id, "id");
    return runner.read(
        unit -> {
          Lead lead = unit.leads().get(tenant, id);
          if (!LeadAccess.mayRead(runner.access(), caller, unit, lead)) {
            throw new LeadNotFoundException(id);
          }
          return duplicates(caller, unit, lead);
        });
  }

  private List<DuplicateCandidate> duplicates(Caller caller, UnitOfWork unit, Lead lead) {
    AccessGuard access = runner.access();
    return DuplicateFinder.find(
        unit,
        caller.tenant(),
        lead,
        access.readFilter(caller),
        other -> LeadAccess.mayRead(access, caller, unit, other));
  }

  @Override
  public OpenLead linkToCustomer(
      Caller caller, LeadId id, long expectedVersion, CustomerId customer) {
    Arguments.notNull("linkToCustomer", customer, "customer");
    return change(
        caller,
        "linkToCustomer",
        id,
        expectedVersion,
        "lead.linked",
        OpenLead.class,
        (changes, current) -> {
          changes.access().requireReadable(caller, changes.unit(), customer);
          return current.requireOpen().linkedTo(customer, changes.now());
        },
        Map.of("customerId", customer.toString()));
  }

  @Override
  public OpenLead mergeInto(
      Caller caller, LeadId duplicate, long expectedVersion, LeadId survivor) {
    Arguments.notNull("mergeInto", survivor, "survivor");
    checkArguments("mergeInto", caller, duplicate, expectedVersion);
    Instant now = runner.now();
    return runner.write(
        caller,
        now,
        changes -> {
          LeadRepository leads = changes.unit().leads();
          Lead gone = read(changes, duplicate, expectedVersion);
          Lead kept = leads.get(changes.tenant(), survivor);
          LeadAccess.requireChangeable(changes.access(), caller, changes.unit(), kept);
          Lead merged = gone.requireOpen(LeadStatus.DISQUALIFIED).mergedInto(survivor, now);
          OpenLead savedSurvivor =
              (OpenLead) leads.update(changes.tenant(), kept.requireOpen().absorbing(gone, now));
          Lead savedDuplicate = leads.update(changes.tenant(), merged);
          changes.record(
              ConsentSubject.lead(survivor),
              TYPE,
              survivor,
              "lead.merged-into",
              savedSurvivor.version(),
              LeadDiffer.diff(kept, savedSurvivor),
              Map.of("duplicateId", duplicate.toString()));
          changes.record(
              ConsentSubject.lead(duplicate),
              TYPE,
              duplicate,
              "lead.merged",
              savedDuplicate.version(),
              LeadDiffer.diff(gone, savedDuplicate),
              Map.of("survivorId", survivor.toString()));
          return savedSurvivor;
        });
  }

  @Override
  public Lead keep(Caller caller, LeadId id, long expectedVersion) {
    checkArguments("keep", caller, id, expectedVersion);
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Lead current = read(changes, id, expectedVersion);
          changes.record(
              ConsentSubject.lead(id),
              TYPE,
              id,
              "lead.kept",
              current.version(),
              List.of(),
              Map.of());
          return current;
        });
  }

  @Override
  public OpenLead markContacted(Caller caller, LeadId id, long expectedVersion) {
    return change(
        caller,
        "markContacted",
        id,
        expectedVersion,
        "lead.contacted",
        OpenLead.class,
        (changes, current) -> current.requireOpen(LeadStatus.CONTACTED).contacted(changes.now()),
        Map.of());
  }

  @Override
  public OpenLead qualify(Caller caller, LeadId id, long expectedVersion) {
    return change(
        caller,
        "qualify",
        id,
        expectedVersion,
        "lead.qualified",
        OpenLead.class,
        (changes, current) -> current.requireOpen(LeadStatus.QUALIFIED).qualified(changes.now()),
        Map.of());
  }

  @Override
  public DisqualifiedLead disqualify(
      Caller caller, LeadId id, long expectedVersion, String reason) {
    checkReason("disqualify", reason);
    return change(
        caller,
        "disqualify",
        id,
        expectedVersion,
        "lead.disqualified",
        DisqualifiedLead.class,
        (changes, current) ->
            current.requireOpen(LeadStatus.DISQUALIFIED).disqualified(reason, changes.now()),
        Map.of());
  }

  @Override
  public Lead score(Caller caller, LeadId id, long expectedVersion, LeadScorer scorer) {
    Arguments.notNull("score", scorer, "scorer");
    return change(
        caller,
        "score",
        id,
        expectedVersion,
        "lead.scored",
        Lead.class,
        (changes, current) -> current.scored(scorer.score(current, changes.now())),
        Map.of("model", scorer.version()));
  }

  @Override
  public NaiveBayesScorer trainModel(Caller caller, String version) {
    TenantId tenant = Arguments.notNull("trainModel", caller, "caller").tenant();
    Arguments.notNull("trainModel", version, "version");
    runner.access().requireTenantWide(caller, "training a lead model");
    List<Lead> history =
        runner.read(
            unit -> {
              List<Lead> closed =
                  new ArrayList<>(
                      unit.leads().findByStatus(tenant, LeadStatus.CONVERTED, HISTORY_LIMIT));
              closed.addAll(
                  unit.leads().findByStatus(tenant, LeadStatus.DISQUALIFIED, HISTORY_LIMIT));
              return closed;
            });
    return ViolationCollector.singleAt(
        "trainModel", "version", () -> NaiveBayesScorer.train(version, history));
  }

  @Override
  public OpenLead assign(
      Caller caller, LeadId id, long expectedVersion, EmployeeId owner, String reason) {
    Arguments.notNull("assign", owner, "owner");
    checkReason("assign", reason);
    return change(
        caller,
        "assign",
        id,
        expectedVersion,
        "lead.assigned",
        OpenLead.class,
        (changes, current) ->
            current
                .requireOpen()
                .assigned(new LeadAssignment(owner, "manual", reason, changes.now())),
        Map.of("owner", owner.toString(), "rule", "manual"));
  }

  @Override
  public List<Lead> assignAll(Caller caller, List<LeadId> ids, AssignmentEngine engine) {
    Arguments.notNull("assignAll", caller, "caller");
    Arguments.notNull("assignAll", ids, "ids");
    Arguments.notNull("assignAll", engine, "engine");
    List<LeadId> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
    return runner.write(
        caller, runner.now(), changes -> LeadAssigner.assign(changes, wanted, engine));
  }

  @Override
  public Conversion convert(Caller caller, ConvertLead command) {
    return converter.convert(caller, command);
  }

  private static void checkReason(String method, String reason) {
    Arguments.notNull(method, reason, "reason");
    if (reason.isBlank() || reason.length() > 200) {
      throw new CommandValidationException(
          method,
          List.of(new Violation("reason", "Size", "must have 1 to 200 characters, not blank")));
    }
  }

  private static void checkArguments(
      String method, Caller caller, LeadId id, long expectedVersion) {
    Arguments.notNull(method, caller, "caller");
    Arguments.notNull(method, id, "id");
    Arguments.version(method, expectedVersion);
  }

  /** The lead, which must still have {@code expectedVersion}. */
  static Lead read(Changes changes, LeadId id, long expectedVersion) {
    Lead current = changes.unit().leads().get(changes.tenant(), id);
    LeadAccess.requireChangeable(changes.access(), changes.caller(), changes.unit(), current);
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException(TYPE, id, expectedVersion);
    }
    return current;
  }

  /** Applies {@code step} to the lead read at {@code expectedVersion}, stores and audits it. */
  private <T extends Lead> T change(
      Caller caller,
      String method,
      LeadId id,
      long expectedVersion,
      String action,
      Class<T> state,
      BiFunction<Changes, Lead, T> step,
      Map<String, String> data) {
    checkArguments(method, caller, id, expectedVersion);
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Lead current = read(changes, id, expectedVersion);
          T saved =
              state.cast(
                  changes.unit().leads().update(changes.tenant(), step.apply(changes, current)));
          changes.record(
              ConsentSubject.lead(id),
              TYPE,
              id,
              action,
              saved.version(),
              LeadDiffer.diff(current, saved),
              data);
          return saved;
        });
  }
}
