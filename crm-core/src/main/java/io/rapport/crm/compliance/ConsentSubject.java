package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.util.UUID;

/**
 * Whose consent: a customer or a lead, by id. Exactly one of the two is set.
 *
 * @param customer the customer, or null for a lead
 * @param lead the lead, or null for a customer
 */
public record ConsentSubject(CustomerId customer, LeadId lead) {
  /** Checks that exactly one id is set. */
  public ConsentSubject {
    Checks.argument(
        (customer == null) != (lead == null),
        "subject",
        "a consent subject is exactly one of a customer or a lead");
  }

  /** The customer {@code id}. */
  public static ConsentSubject customer(CustomerId id) {
    return new ConsentSubject(Checks.notNull(id, "customer"), null);
  }

  /** The lead {@code id}. */
  public static ConsentSubject lead(LeadId id) {
    return new ConsentSubject(null, Checks.notNull(id, "lead"));
  }

  /** Whether the subject is a lead. */
  public boolean isLead() {
    return lead != null;
  }

  /** The subject's UUID, whichever kind it is. */
  public UUID uuid() {
    return isLead() ? lead.value() : customer.value();
  }

  @Override
  public String toString() {
    return isLead() ? "lead:" + lead : "customer:" + customer;
  }
}
