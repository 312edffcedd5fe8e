package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;

/** Turns validated {@link CaptureLead} commands into NEW leads. */
final class LeadFactory {
  private LeadFactory() {}

  /**
   * The lead {@code command} captures, or null when a core type refused a value (recorded in {@code
   * collector} under {@code prefix}).
   */
  static OpenLead create(
      ViolationCollector collector, String prefix, CaptureLead command, LeadId id, Instant now) {
    EmployeeId employee =
        command.referringEmployee() == null
            ? null
            : collector.at(
                ViolationCollector.join(prefix, "referringEmployee"),
                () -> EmployeeId.of(command.referringEmployee()));
    LeadSource source =
        collector.at(
            ViolationCollector.join(prefix, "source"),
            () ->
                new LeadSource(
                    command.source(),
                    command.referringCustomer(),
                    employee,
                    command.campaign(),
                    command.sourceReference()));
    BranchCode branch =
        command.branch() == null
            ? null
            : collector.at(
                ViolationCollector.join(prefix, "branch"), () -> BranchCode.of(command.branch()));
    LeadContact contact =
        collector.at(
            ViolationCollector.join(prefix, "name"),
            "must be valid contact details",
            () ->
                new LeadContact(
                    command.name(),
                    command.email() == null ? null : EmailAddress.of(command.email()),
                    command.phone() == null ? null : PhoneNumber.of(command.phone()),
                    command.dateOfBirth(),
                    command.postcode()));
    if (source == null || contact == null || !collector.valid()) {
      return null;
    }
    return collector.under(
        prefix,
        () ->
            OpenLead.capture(
                id,
                source,
                command.interest(),
                contact,
                new ConsentFlags(
                    command.consentToContact(),
                    command.consentToMarketing(),
                    command.consentToProfiling()),
                command.idempotencyKey(),
                branch,
                command.segment(),
                now));
  }
}
