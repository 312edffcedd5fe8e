package io.rapport.crm.lead;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;

/**
 * A prospective customer's expressed interest, from capture to conversion, in one of three states
 * with their own rules: only an {@link OpenLead} (NEW, CONTACTED or QUALIFIED) can be worked,
 * moved, disqualified or converted; a {@link DisqualifiedLead} carries its reason and a {@link
 * ConvertedLead} its conversion, and neither changes again except to be scored. What every state
 * carries is its {@link #profile()}. Immutable; each change returns a new value with the same
 * version (the repository stores version + 1). Illegal lifecycle moves throw {@link
 * IllegalLeadTransitionException}. {@link #toString()} shows contact details masked only.
 */
public sealed interface Lead permits OpenLead, DisqualifiedLead, ConvertedLead {

  /** The id. */
  LeadId id();

  /** The optimistic version, 1 when captured. */
  long version();

  /** Where the lead is in its lifecycle. */
  LeadStatus status();

  /** What was captured and the work done on it: the same in every state. */
  LeadProfile profile();

  /** When the lead last changed. */
  Instant updatedAt();

  /** This lead as stored at {@code value}: what a repository returns after an update. */
  Lead withVersion(long value);

  /** This lead with {@code value} as its score, whatever its state. */
  Lead scored(LeadScore value);

  /**
   * This lead as an open one, about to move to {@code target} (or to change in place when {@code
   * target} is its status).
   *
   * @throws IllegalLeadTransitionException if it is disqualified or converted, naming {@code
   *     target}
   */
  default OpenLead requireOpen(LeadStatus target) {
    if (this instanceof OpenLead open) {
      return open;
    }
    throw new IllegalLeadTransitionException(id(), status(), target);
  }

  /**
   * This lead as an open one, about to change in place (be assigned, linked, merged into).
   *
   * @throws IllegalLeadTransitionException if it is disqualified or converted
   */
  default OpenLead requireOpen() {
    return requireOpen(status());
  }

  /** How the lead came in. */
  default LeadSource source() {
    return profile().source();
  }

  /** The product the person is interested in. */
  default ProductType interest() {
    return profile().interest();
  }

  /** The person's contact details. */
  default LeadContact contact() {
    return profile().contact();
  }

  /** What the person consented to at capture. */
  default ConsentFlags consents() {
    return profile().consents();
  }

  /** The idempotency key of the capture: one lead per key and tenant. */
  default String captureKey() {
    return profile().captureKey();
  }

  /** When the lead was captured. */
  default Instant capturedAt() {
    return profile().capturedAt();
  }

  /** The branch or territory the lead belongs to; may be null. */
  default BranchCode branch() {
    return profile().branch();
  }

  /** The host's segment label; may be null. */
  default String segment() {
    return profile().segment();
  }

  /** The latest score; null until scored. */
  default LeadScore score() {
    return profile().score();
  }

  /** The current owner; null until assigned. */
  default LeadAssignment assignment() {
    return profile().assignment();
  }

  /** The existing customer the host said this lead is; may be null. */
  default CustomerId linkedCustomer() {
    return profile().linkedCustomer();
  }
}
