package io.rapport.crm.lead;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A lead still being worked: NEW, CONTACTED or QUALIFIED. Only an open lead can be moved, assigned,
 * linked, merged, disqualified or converted.
 */
public record OpenLead(
    LeadId id, long version, LeadStatus status, LeadProfile profile, Instant updatedAt)
    implements Lead {

  /** Checks presence and that the status is an open one. */
  public OpenLead {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(status, "status");
    Checks.argument(
        status.open(), "status", "status of an open lead must be NEW, CONTACTED or QUALIFIED");
    Checks.notNull(profile, "profile");
    updatedAt = Checks.notNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
  }

  /** A NEW lead at version 1. */
  public static OpenLead capture(
      LeadId id,
      LeadSource source,
      ProductType interest,
      LeadContact contact,
      ConsentFlags consents,
      String captureKey,
      BranchCode branch,
      String segment,
      Instant now) {
    LeadScore notScored = null;
    LeadAssignment unassigned = null;
    CustomerId notLinked = null;
    LeadProfile profile =
        new LeadProfile(
            source,
            interest,
            contact,
            consents,
            captureKey,
            now,
            branch,
            segment,
            notScored,
            unassigned,
            notLinked);
    return new OpenLead(id, 1, LeadStatus.NEW, profile, now);
  }

  @Override
  public OpenLead withVersion(long value) {
    return new OpenLead(id, value, status, profile, updatedAt);
  }

  @Override
  public OpenLead scored(LeadScore value) {
    return changed(profile.withScore(value), value.scoredAt());
  }

  /** This lead moved to CONTACTED. */
  public OpenLead contacted(Instant now) {
    return new OpenLead(id, version, checkMove(LeadStatus.CONTACTED), profile, now);
  }

  /** This lead moved to QUALIFIED. */
  public OpenLead qualified(Instant now) {
    return new OpenLead(id, version, checkMove(LeadStatus.QUALIFIED), profile, now);
  }

  /** This lead moved to DISQUALIFIED with {@code reason}. */
  public DisqualifiedLead disqualified(String reason, Instant now) {
    Checks.text(reason, "reason", DisqualifiedLead.REASON_LIMIT);
    checkMove(LeadStatus.DISQUALIFIED);
    return new DisqualifiedLead(id, version, profile, reason, null, now);
  }

  /** This lead merged into {@code survivor}: DISQUALIFIED, reason {@code merged}. */
  public DisqualifiedLead mergedInto(LeadId survivor, Instant now) {
    Checks.notNull(survivor, "survivor");
    Checks.argument(!survivor.equals(id), "survivor", "a lead cannot be merged into itself");
    checkMove(LeadStatus.DISQUALIFIED);
    return new DisqualifiedLead(id, version, profile, DisqualifiedLead.MERGED, survivor, now);
  }

  /** This lead CONVERTED as {@code conversion} says. */
  public ConvertedLead converted(LeadConversion conversion) {
    Checks.notNull(conversion, "conversion");
    checkMove(LeadStatus.CONVERTED);
    return new ConvertedLead(id, version, profile, conversion, conversion.convertedAt());
  }

  /** This lead assigned as {@code value} says. */
  public OpenLead assigned(LeadAssignment value) {
    Checks.notNull(value, "assignment");
    return changed(profile.withAssignment(value), value.assignedAt());
  }

  /** This lead linked to an existing customer (conversion will attach to it). */
  public OpenLead linkedTo(CustomerId customer, Instant now) {
    return changed(profile.withLinkedCustomer(customer), now);
  }

  /** This lead with the contact details {@code other} has and this one lacks. */
  public OpenLead absorbing(Lead other, Instant now) {
    Checks.notNull(other, "other");
    return changed(profile.absorbing(other.contact()), now);
  }

  private OpenLead changed(LeadProfile newProfile, Instant now) {
    return new OpenLead(id, version, status, newProfile, now);
  }

  private LeadStatus checkMove(LeadStatus target) {
    if (!status.canMoveTo(target)) {
      throw new IllegalLeadTransitionException(id, status, target);
    }
    return target;
  }
}
