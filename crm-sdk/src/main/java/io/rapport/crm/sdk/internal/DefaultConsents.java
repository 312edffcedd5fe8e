package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.ContactDecision;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Consents;
import io.rapport.crm.sdk.RecordConsent;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link Consents} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultConsents implements Consents {
  private static final String COMMAND = "RecordConsent";
  private final CommandRunner runner;
  private final CommandValidator validator;

  /** The consent use cases. */
  public DefaultConsents(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
  }

  @Override
  public ConsentRecord record(Caller caller, RecordConsent command) {
    Arguments.notNull(COMMAND, caller, "caller");
    ViolationCollector collector = validator.collect(command, COMMAND);
    Instant now = runner.now();
    ConsentRecord record =
        collector.under(
            "",
            () ->
                new ConsentRecord(
                    runner.ids().next(ConsentRecordId::new),
                    command.subject(),
                    command.purpose(),
                    command.channel(),
                    command.action(),
                    now,
                    command.source(),
                    command.wordingVersion(),
                    command.expiresAt()));
    collector.throwIfInvalid();
    return runner.write(
        caller,
        now,
        changes -> {
          TenantId tenant = changes.tenant();
          if (record.subject().isLead()) {
            LeadAccess.requireChangeable(
                changes.access(),
                caller,
                changes.unit(),
                changes.unit().leads().get(tenant, record.subject().lead()));
          } else {
            changes.access().requireChangeable(caller, changes.unit(), record.subject().customer());
          }
          if (record.action() == ConsentAction.CONFIRMED
              && !changes
                  .unit()
                  .consents()
                  .history(tenant, record.subject())
                  .awaitsConfirmation(record.purpose(), record.channel(), now)) {
            ViolationCollector refused = new ViolationCollector(COMMAND);
            refused.reject("action", "PendingConfirmation", "needs a pending double opt-in");
            refused.throwIfInvalid();
          }
          append(changes, record);
          return record;
        });
  }

  /** Appends {@code record} with its audit entry and event. */
  static void append(Changes changes, ConsentRecord record) {
    changes.unit().consents().append(changes.tenant(), record);
    changes.record(
        record.subject(),
        "consent",
        record.id(),
        "consent." + record.action().name().toLowerCase(Locale.ROOT),
        1,
        List.of(
            new FieldChange("purpose", null, record.purpose().name()),
            new FieldChange("channel", null, record.channel().name()),
            new FieldChange("action", null, record.action().name())),
        Map.of(
            "subject", record.subject().toString(),
            "purpose", record.purpose().name(),
            "channel", record.channel().name(),
            "source", record.source()));
  }

  @Override
  public ConsentHistory history(Caller caller, ConsentSubject subject) {
    TenantId tenant = Arguments.notNull("history", caller, "caller").tenant();
    Arguments.notNull("history", subject, "subject");
    return runner.read(
        unit ->
            visible(caller, unit, subject)
                ? unit.consents().history(tenant, subject)
                : ConsentHistory.empty(subject));
  }

  /** Whether {@code caller} may see the consents of {@code subject}; false if it does not exist. */
  private boolean visible(Caller caller, UnitOfWork unit, ConsentSubject subject) {
    AccessGuard access = runner.access();
    if (!access.enforced()) {
      return true;
    }
    if (subject.isLead()) {
      return unit.leads()
          .find(caller.tenant(), subject.lead())
          .map(lead -> LeadAccess.mayRead(access, caller, unit, lead))
          .orElse(false);
    }
    return access.mayRead(caller, unit, subject.customer());
  }

  @Override
  public ContactDecision mayContact(
      Caller caller,
      ConsentSubject subject,
      ConsentPurpose purpose,
      ConsentChannel channel,
      Instant at) {
    Arguments.notNull("mayContact", purpose, "purpose");
    Arguments.notNull("mayContact", channel, "channel");
    Arguments.notNull("mayContact", at, "at");
    return history(caller, subject).mayContact(purpose, channel, at);
  }
}
