package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.ConvertLead;
import io.rapport.crm.sdk.LeadOpportunity;
import io.rapport.crm.sdk.NewOpportunity;
import io.rapport.crm.sdk.RegisterCustomer;
import io.rapport.crm.sdk.Violation;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import io.rapport.crm.spi.LeadRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lead conversion in one unit of work: the customer (new or existing), the opportunity when asked
 * for, the converted lead with its links, and their audit entries and events commit together or not
 * at all.
 */
final class LeadConverter {
  private static final String COMMAND = "ConvertLead";

  private final CommandRunner runner;
  private final CommandValidator validator;

  LeadConverter(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
  }

  Conversion convert(Caller caller, ConvertLead command) {
    Arguments.notNull(COMMAND, caller, "caller");
    validator.check(command, COMMAND);
    Instant now = runner.now();
    TenantId tenant = caller.tenant();
    return runner.write(
        caller,
        now,
        changes -> {
          LeadRepository leads = changes.unit().leads();
          Lead found = leads.get(tenant, command.lead());
          LeadAccess.requireChangeable(changes.access(), caller, changes.unit(), found);
          if (found instanceof ConvertedLead converted) {
            return converted.conversion().idempotencyKey().equals(command.idempotencyKey())
                ? new Conversion.Converted(converted, true)
                : new Conversion.Rejected(
                    converted.id(), Conversion.RejectionReason.ALREADY_CONVERTED);
          }
          if (!(found instanceof OpenLead current)) {
            return new Conversion.Rejected(found.id(), Conversion.RejectionReason.DISQUALIFIED);
          }
          if (current.status() != LeadStatus.QUALIFIED) {
            return new Conversion.Rejected(current.id(), Conversion.RejectionReason.NOT_QUALIFIED);
          }
          if (current.version() != command.expectedVersion()) {
            throw new ConcurrentUpdateException(
                DefaultLeads.TYPE, current.id(), command.expectedVersion());
          }
          CustomerId existing =
              command.existingCustomer() != null
                  ? command.existingCustomer()
                  : current.linkedCustomer();
          CustomerId customerId;
          if (existing != null) {
            customerId = changes.access().requireChangeable(caller, changes.unit(), existing).id();
          } else {
            customerId = register(changes, current, command, now);
          }
          OpportunityId opportunity =
              command.opportunity() == null
                  ? null
                  : openOpportunity(changes, current, command.opportunity(), customerId);
          LeadSource source = current.source();
          LeadConversion conversion =
              new LeadConversion(
                  customerId,
                  existing == null,
                  opportunity,
                  command.idempotencyKey(),
                  source.referringCustomer(),
                  source.referringEmployee(),
                  now);
          ConvertedLead saved = (ConvertedLead) leads.update(tenant, current.converted(conversion));
          Map<String, String> data = new HashMap<>();
          data.put("leadId", saved.id().toString());
          data.put("customerId", customerId.toString());
          data.put("newCustomer", Boolean.toString(existing == null));
          if (opportunity != null) {
            data.put("opportunityId", opportunity.toString());
          }
          if (source.referringCustomer() != null) {
            data.put("creditedCustomer", source.referringCustomer().toString());
          }
          if (source.referringEmployee() != null) {
            data.put("creditedEmployee", source.referringEmployee().toString());
          }
          changes.record(
              ConsentSubject.lead(saved.id()),
              DefaultLeads.TYPE,
              saved.id(),
              "lead.converted",
              saved.version(),
              LeadDiffer.diff(current, saved),
              data);
          return new Conversion.Converted(saved, false);
        });
  }

  /**
   * Opens the conversion's opportunity: the lead's interest sold to {@code customer}, with the lead
   * as source lead and the lead's campaign when it came from a campaign response.
   */
  private OpportunityId openOpportunity(
      Changes changes, Lead lead, LeadOpportunity wanted, CustomerId customer) {
    String owner = wanted.owner();
    if (owner == null && lead.assignment() != null) {
      owner = lead.assignment().owner().value();
    }
    if (owner == null) {
      throw new CommandValidationException(
          COMMAND,
          List.of(
              new Violation(
                  "opportunity.owner",
                  "NotNull",
                  "must be given when the lead has no assigned owner")));
    }
    NewOpportunity command =
        NewOpportunity.in(wanted.pipeline(), customer, lead.interest())
            .amount(wanted.amount(), wanted.currency())
            .closingOn(wanted.expectedClose())
            .owner(owner)
            .sourceLead(lead.id())
            .campaign(lead.source().campaign())
            .build();
    return OpportunityWrites.open(
            changes, validator, command, runner.ids().next(OpportunityId::new))
        .id();
  }

  private CustomerId register(Changes changes, Lead lead, ConvertLead command, Instant now) {
    RegisterCustomer register =
        command.newCustomer() != null ? command.newCustomer() : fromLead(lead);
    ViolationCollector collector =
        command.newCustomer() == null
            ? validator.collect(register, COMMAND + ".newCustomer")
            : new ViolationCollector("RegisterCustomer");
    Customer customer = CustomerFactory.create(collector, register, runner.ids(), now);
    changes.unit().customers().insert(changes.tenant(), customer);
    changes.created(ConsentSubject.customer(customer.id()));
    changes.record(
        ConsentSubject.customer(customer.id()),
        DefaultCustomers.TYPE,
        customer.id(),
        "customer.registered",
        customer.version(),
        CustomerDiffer.diff(null, customer),
        Map.of(
            "kind", customer.kind().name(),
            "status", customer.status().name(),
            "leadId", lead.id().toString()));
    return customer.id();
  }

  /** An active person registered from the lead's name, e-mail, phone, birth date and branch. */
  private static RegisterCustomer fromLead(Lead lead) {
    LeadContact contact = lead.contact();
    RegisterCustomer.Builder builder =
        RegisterCustomer.person(contact.name()).dateOfBirth(contact.dateOfBirth()).active();
    if (contact.email() != null) {
      builder.email(contact.email().value(), ContactPurpose.PERSONAL);
    }
    if (contact.phone() != null) {
      builder.phone(contact.phone().value(), ContactPurpose.PERSONAL);
    }
    if (lead.branch() != null) {
      builder.branch(lead.branch().value());
    }
    if (lead.assignment() != null) {
      builder.owner(lead.assignment().owner().value());
    }
    return builder.build();
  }
}
