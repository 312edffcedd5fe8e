package io.rapport.crm.campaign;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a campaign: planned → active → completed; planned or active → cancelled. */
public enum CampaignStatus {
  /** Being prepared; no members yet. */
  PLANNED,
  /** Launched: members recorded and being contacted. */
  ACTIVE,
  /** Finished; final. */
  COMPLETED,
  /** Stopped; final. Costs already incurred still count. */
  CANCELLED;

  /** The statuses this one may move to. */
  public Set<CampaignStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(ACTIVE, CANCELLED);
      case ACTIVE -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
    };
  }

  /** Whether a move from this status to {@code target} is legal. */
  public boolean canMoveTo(CampaignStatus target) {
    return next().contains(target);
  }
}
