package io.rapport.crm.lead;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A prospective customer's expressed interest, from capture to conversion. Immutable; each change
 * returns a new value with the same version (the repository stores version + 1). Illegal lifecycle
 * moves throw {@link IllegalLeadTransitionException}. {@link #toString()} shows contact details
 * masked only.
 *
 * @param captureKey the idempotency key of the capture: one lead per key and tenant
 * @param branch the branch or territory the lead belongs to; may be null
 * @param segment the host's segment label, e.g. {@code mass-affluent}; may be null
 * @param score the latest score; null until scored
 * @param assignment the current owner; null until assigned
 * @param disqualification the reason; non-null exactly when DISQUALIFIED
 * @param linkedCustomer the existing customer the host said this lead is; may be null
 * @param mergedInto the lead this one was merged into (then DISQUALIFIED); may be null
 * @param conversion non-null exactly when CONVERTED
 */
public record Lead(
    LeadId id,
    long version,
    LeadStatus status,
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
    String disqualification,
    CustomerId linkedCustomer,
    LeadId mergedInto,
    LeadConversion conversion,
    Instant updatedAt) {

  /** Checks presence and that the status agrees with the disqualification and conversion. */
  public Lead {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(status, "status");
    Checks.notNull(source, "source");
    Checks.notNull(interest, "interest");
    Checks.notNull(contact, "contact");
    Checks.notNull(consents, "consents");
    Checks.text(captureKey, "captureKey", 100);
    Checks.notNull(capturedAt, "capturedAt");
    capturedAt = capturedAt.truncatedTo(ChronoUnit.MICROS);
    Checks.optionalText(segment, "segment", 64);
    Checks.optionalText(disqualification, "disqualification", 200);
    Checks.argument(
        (status == LeadStatus.DISQUALIFIED) == (disqualification != null),
        "disqualification",
        "a disqualification reason is required for and only for DISQUALIFIED, status was %s",
        status);
    Checks.argument(
        (status == LeadStatus.CONVERTED) == (conversion != null),
        "conversion",
        "a conversion is required for and only for CONVERTED, status was %s",
        status);
    Checks.argument(
        mergedInto == null || status == LeadStatus.DISQUALIFIED,
        "mergedInto",
        "only a disqualified lead can be merged, status was %s",
        status);
    Checks.notNull(updatedAt, "updatedAt");
    updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** A NEW lead at version 1. */
  public static Lead capture(
      LeadId id,
      LeadSource source,
      ProductType interest,
      LeadContact contact,
      ConsentFlags consents,
      String captureKey,
      BranchCode branch,
      String segment,
      Instant now) {
    return new Lead(
        id,
        1,
        LeadStatus.NEW,
        source,
        interest,
        contact,
        consents,
        captureKey,
        now,
        branch,
        segment,
        null,
        null,
        null,
        null,
        null,
        null,
        now);
  }

  /** This lead as stored at {@code value}: what a repository returns after an update. */
  public Lead withVersion(long value) {
    return new Lead(
        id,
        value,
        status,
        source,
        interest,
        contact,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        score,
        assignment,
        disqualification,
        linkedCustomer,
        mergedInto,
        conversion,
        updatedAt);
  }

  /** This lead moved to CONTACTED. */
  public Lead contacted(Instant now) {
    return moved(LeadStatus.CONTACTED, null, null, null, now);
  }

  /** This lead moved to QUALIFIED. */
  public Lead qualified(Instant now) {
    return moved(LeadStatus.QUALIFIED, null, null, null, now);
  }

  /** This lead moved to DISQUALIFIED with {@code reason}. */
  public Lead disqualified(String reason, Instant now) {
    Checks.text(reason, "reason", 200);
    return moved(LeadStatus.DISQUALIFIED, reason, null, null, now);
  }

  /** This lead merged into {@code survivor}: DISQUALIFIED, reason {@code merged}. */
  public Lead mergedInto(LeadId survivor, Instant now) {
    Checks.notNull(survivor, "survivor");
    Checks.argument(!survivor.equals(id), "survivor", "a lead cannot be merged into itself");
    return moved(LeadStatus.DISQUALIFIED, "merged", survivor, null, now);
  }

  /** This lead CONVERTED as {@code conversion} says. */
  public Lead converted(LeadConversion conversion) {
    Checks.notNull(conversion, "conversion");
    return moved(LeadStatus.CONVERTED, null, null, conversion, conversion.convertedAt());
  }

  private Lead moved(
      LeadStatus target, String reason, LeadId survivor, LeadConversion done, Instant now) {
    if (!status.canMoveTo(target)) {
      throw new IllegalLeadTransitionException(id, status, target);
    }
    return new Lead(
        id,
        version,
        target,
        source,
        interest,
        contact,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        score,
        assignment,
        reason,
        linkedCustomer,
        survivor,
        done,
        now);
  }

  /** This lead with {@code value} as its score. */
  public Lead scored(LeadScore value) {
    Checks.notNull(value, "score");
    return new Lead(
        id,
        version,
        status,
        source,
        interest,
        contact,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        value,
        assignment,
        disqualification,
        linkedCustomer,
        mergedInto,
        conversion,
        value.scoredAt());
  }

  /** This open lead assigned as {@code value} says. */
  public Lead assigned(LeadAssignment value) {
    Checks.notNull(value, "assignment");
    requireOpen(status);
    return new Lead(
        id,
        version,
        status,
        source,
        interest,
        contact,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        score,
        value,
        disqualification,
        linkedCustomer,
        mergedInto,
        conversion,
        value.assignedAt());
  }

  /** This open lead linked to an existing customer (conversion will attach to it). */
  public Lead linkedTo(CustomerId customer, Instant now) {
    Checks.notNull(customer, "customer");
    requireOpen(status);
    return new Lead(
        id,
        version,
        status,
        source,
        interest,
        contact,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        score,
        assignment,
        disqualification,
        customer,
        mergedInto,
        conversion,
        now);
  }

  /** This open lead with the contact details {@code other} has and this one lacks. */
  public Lead absorbing(Lead other, Instant now) {
    Checks.notNull(other, "other");
    requireOpen(status);
    LeadContact mine = contact;
    LeadContact theirs = other.contact;
    LeadContact merged =
        new LeadContact(
            mine.name(),
            mine.email() != null ? mine.email() : theirs.email(),
            mine.phone() != null ? mine.phone() : theirs.phone(),
            mine.dateOfBirth() != null ? mine.dateOfBirth() : theirs.dateOfBirth(),
            mine.postcode() != null ? mine.postcode() : theirs.postcode());
    return new Lead(
        id,
        version,
        status,
        source,
        interest,
        merged,
        consents,
        captureKey,
        capturedAt,
        branch,
        segment,
        score,
        assignment,
        disqualification,
        linkedCustomer,
        mergedInto,
        conversion,
        now);
  }

  private void requireOpen(LeadStatus current) {
    if (!current.open()) {
      throw new IllegalLeadTransitionException(id, current, current);
    }
  }
}
