package io.rapport.crm.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead is in its lifecycle: NEW → CONTACTED → QUALIFIED or DISQUALIFIED; QUALIFIED →
 * CONVERTED. A new or contacted lead may also be disqualified, and a new lead qualified at once.
 * DISQUALIFIED and CONVERTED are final.
 */
public enum LeadStatus {
  /** Captured, nobody has talked to the person yet. */
  NEW,
  /** Someone reached the person. */
  CONTACTED,
  /** A real need the bank can serve. */
  QUALIFIED,
  /** Not pursued, with a reason. Final. */
  DISQUALIFIED,
  /** Became (or was attached to) a customer. Final. */
  CONVERTED;

  /** The statuses this one may move to. */
  public Set<LeadStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(CONTACTED, QUALIFIED, DISQUALIFIED);
      case CONTACTED -> EnumSet.of(QUALIFIED, DISQUALIFIED);
      case QUALIFIED -> EnumSet.of(DISQUALIFIED, CONVERTED);
      case DISQUALIFIED, CONVERTED -> EnumSet.noneOf(LeadStatus.class);
    };
  }

  /** Whether a lead may move from this status to {@code target}. */
  public boolean canMoveTo(LeadStatus target) {
    return next().contains(target);
  }

  /** Whether the lead is still being worked (not disqualified, not converted). */
  public boolean open() {
    return this != DISQUALIFIED && this != CONVERTED;
  }
}
