package io.rapport.crm.campaign;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign member stands. Legal moves: targeted → sent; sent → delivered or bounced;
 * delivered → opened, clicked, responded, unsubscribed or converted; opened → clicked, responded,
 * unsubscribed or converted; clicked → responded, unsubscribed or converted; responded → converted
 * or unsubscribed. Bounced, unsubscribed and converted are final.
 */
public enum MemberStatus {
  /** Recorded at launch, after consent filtering; not contacted yet. */
  TARGETED,
  /** The message went out. */
  SENT,
  /** The message arrived. */
  DELIVERED,
  /** The message could not be delivered; final. */
  BOUNCED,
  /** The member opened the message. */
  OPENED,
  /** The member followed a link. */
  CLICKED,
  /** The member answered (a form, a call back, a branch visit). */
  RESPONDED,
  /** The member opted out; withdraws consent for the campaign's purpose and channels; final. */
  UNSUBSCRIBED,
  /** The member bought; final. */
  CONVERTED;

  /** The statuses this one may move to. */
  public Set<MemberStatus> next() {
    return switch (this) {
      case TARGETED -> EnumSet.of(SENT);
      case SENT -> EnumSet.of(DELIVERED, BOUNCED);
      case DELIVERED -> EnumSet.of(OPENED, CLICKED, RESPONDED, UNSUBSCRIBED, CONVERTED);
      case OPENED -> EnumSet.of(CLICKED, RESPONDED, UNSUBSCRIBED, CONVERTED);
      case CLICKED -> EnumSet.of(RESPONDED, UNSUBSCRIBED, CONVERTED);
      case RESPONDED -> EnumSet.of(CONVERTED, UNSUBSCRIBED);
      case BOUNCED, UNSUBSCRIBED, CONVERTED -> EnumSet.noneOf(MemberStatus.class);
    };
  }

  /** Whether a move from this status to {@code target} is legal. */
  public boolean canMoveTo(MemberStatus target) {
    return next().contains(target);
  }
}
