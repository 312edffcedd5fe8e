package io.rapport.crm.lead;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a lead carries in every lifecycle state: what was captured and the work done on it since.
 * Immutable. {@link #toString()} shows contact details masked only.
 *
 * @param captureKey the idempotency key of the capture: one lead per key and tenant
 * @param branch the branch or territory the lead belongs to; may be null
 * @param segment the host's segment label, e.g. {@code mass-affluent}; may be null
 * @param score the latest score; null until scored
 * @param assignment the current owner; null until assigned
 * @param linkedCustomer the existing customer the host said this lead is; may be null
 */
public record LeadProfile(
    LeadSource source,
    ProductType interest,
    LeadContact contact,
    ConsentFlags consents,
    String captureKey,
    Instant capturedAt,
    BranchCode branch,
    String segment,
    LeadScore score,
    LeadAssignment assignment,
    CustomerId linkedCustomer) {

  /** Checks presence and lengths. */
  public LeadProfile {
    Checks.notNull(source, "source");
    Checks.notNull(interest, "interest");
    Checks.notNull(contact, "contact");
    Checks.notNull(consents, "consents");
    Checks.text(captureKey, "captureKey", 100);
    capturedAt = Checks.notNull(capturedAt, "capturedAt").truncatedTo(ChronoUnit.MICROS);
    Checks.optionalText(segment, "segment", 64);
  }

  /** This profile with {@code value} as its score. */
  public LeadProfile withScore(LeadScore value) {
    return copy(contact, Checks.notNull(value, "score"), assignment, linkedCustomer);
  }

  /** This profile with {@code value} as its owner. */
  public LeadProfile withAssignment(LeadAssignment value) {
    return copy(contact, score, Checks.notNull(value, "assignment"), linkedCustomer);
  }

  /** This profile linked to the existing customer {@code customer}. */
  public LeadProfile withLinkedCustomer(CustomerId customer) {
    return copy(contact, score, assignment, Checks.notNull(customer, "customer"));
  }

  /** This profile with the contact details {@code other} has and this one lacks. */
  public LeadProfile absorbing(LeadContact other) {
    Checks.notNull(other, "other");
    LeadContact merged =
        new LeadContact(
            contact.name(),
            contact.email() != null ? contact.email() : other.email(),
            contact.phone() != null ? contact.phone() : other.phone(),
            contact.dateOfBirth() != null ? contact.dateOfBirth() : other.dateOfBirth(),
            contact.postcode() != null ? contact.postcode() : other.postcode());
    return copy(merged, score, assignment, linkedCustomer);
  }

  private LeadProfile copy(
      LeadContact newContact,
      LeadScore newScore,
      LeadAssignment newAssignment,
      CustomerId newLinkedCustomer) {
    return new LeadProfile(
        source,
        interest,
        newContact,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        newScore,
        newAssignment,
        newLinkedCustomer);
  }
}
