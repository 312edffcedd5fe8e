package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.ErasureReport;
import io.rapport.crm.sdk.Privacy;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.Arguments;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Privacy} over the command runner; the export is {@link SubjectExporter}, erasure itself is
 * {@link DefaultErasure}. Thread-safe.
 */
public final class DefaultPrivacy implements Privacy {
  private final CommandRunner runner;
  private final SubjectExporter exporter;
  private final DefaultErasure erasure;

  /** The privacy use cases. */
  public DefaultPrivacy(CommandRunner runner) {
    this.runner = runner;
    this.exporter = new SubjectExporter(runner);
    this.erasure = new DefaultErasure(runner.sealer());
  }

  @Override
  public void export(Caller caller, CustomerId customer, SubjectDataVisitor visitor) {
    Arguments.notNull("export", caller, "caller");
    Arguments.notNull("export", customer, "customer");
    Arguments.notNull("export", visitor, "visitor");
    if (runner.access().enforced()) {
      runner.read(unit -> runner.access().requireReadable(caller, unit, customer));
    }
    exporter.export(caller, customer, visitor);
  }

  @Override
  public ErasureReport erase(Caller caller, CustomerId customer) {
    Arguments.notNull("erase", caller, "caller");
    Arguments.notNull("erase", customer, "customer");
    if (runner.access().enforced()) {
      runner.read(unit -> runner.access().requireChangeable(caller, unit, customer));
    }
    return runner.write(caller, runner.now(), changes -> erasure.eraseCustomer(changes, customer));
  }

  @Override
  public ErasureReport erase(Caller caller, LeadId lead) {
    Arguments.notNull("erase", caller, "caller");
    Arguments.notNull("erase", lead, "lead");
    runner.access().requireChangeEverything(caller, "lead erasure");
    return runner.write(caller, runner.now(), changes -> erasure.eraseLead(changes, lead));
  }

  @Override
  public LegalHold placeLegalHold(Caller caller, CustomerId customer, String reason) {
    Arguments.notNull("placeLegalHold", caller, "caller");
    Arguments.notNull("placeLegalHold", customer, "customer");
    Arguments.notNull("placeLegalHold", reason, "reason");
    if (runner.access().enforced()) {
      runner.read(unit -> runner.access().requireChangeable(caller, unit, customer));
    }
    if (reason.isBlank() || reason.length() > LegalHold.MAX_REASON_LENGTH) {
      throw new CommandValidationException(
          "placeLegalHold",
          List.of(
              new Violation(
                  "reason",
                  "Size",
                  "must hold 1 to " + LegalHold.MAX_REASON_LENGTH + " characters, not blank")));
    }
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Customer held = changes.unit().customers().get(changes.tenant(), customer);
          LegalHold hold = new LegalHold(customer, reason, changes.now(), changes.actor());
          changes.unit().personalData().placeLegalHold(changes.tenant(), hold);
          changes.record(
              ConsentSubject.customer(customer),
              DefaultCustomers.TYPE,
              customer,
              "customer.legal-hold-placed",
              held.version(),
              List.of(new FieldChange("legalHold", null, reason)),
              Map.of());
          return hold;
        });
  }

  @Override
  public boolean releaseLegalHold(Caller caller, CustomerId customer) {
    Arguments.notNull("releaseLegalHold", caller, "caller");
    Arguments.notNull("releaseLegalHold", customer, "customer");
    if (runner.access().enforced()) {
      runner.read(unit -> runner.access().requireChangeable(caller, unit, customer));
    }
    return runner.write(
        caller,
        runner.now(),
        changes -> {
          Customer held = changes.unit().customers().get(changes.tenant(), customer);
          Optional<LegalHold> hold =
              changes.unit().personalData().findLegalHold(changes.tenant(), customer);
          if (hold.isEmpty()) {
            return false;
          }
          changes.unit().personalData().releaseLegalHold(changes.tenant(), customer);
          changes.record(
              ConsentSubject.customer(customer),
              DefaultCustomers.TYPE,
              customer,
              "customer.legal-hold-released",
              held.version(),
              List.of(new FieldChange("legalHold", hold.get().reason(), null)),
              Map.of());
          return true;
        });
  }

  @Override
  public Optional<LegalHold> legalHold(Caller caller, CustomerId customer) {
    Arguments.notNull("legalHold", caller, "caller");
    Arguments.notNull("legalHold", customer, "customer");
    return runner.read(
        unit ->
            runner.access().mayRead(caller, unit, customer)
                ? unit.personalData().findLegalHold(caller.tenant(), customer)
                : Optional.empty());
  }
}
