package io.rapport.crm.spi;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.compliance.ContactDecision;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link CampaignMemberRepository#launch} does: resolve {@code target} at {@code at}, keep the
 * customers who may be contacted for {@code purpose} over every one of {@code channels}, and record
 * them as members of {@code campaign}.
 */
public record LaunchPlan(
    CampaignId campaign,
    Segment target,
    ConsentPurpose purpose,
    Set<ConsentChannel> channels,
    Instant at) {

  /** Checks presence; channels must not be empty. */
  public LaunchPlan {
    Checks.notNull(campaign, "campaign");
    Checks.notNull(target, "target");
    Checks.notNull(purpose, "purpose");
    Checks.argument(
        channels != null && !channels.isEmpty(), "channels", "channels must not be empty");
    channels = Set.copyOf(EnumSet.copyOf(channels));
    Checks.notNull(at, "at");
  }

  /**
   * Why a candidate with {@code history} is dropped, or empty when it is kept: the reason of the
   * first channel (in {@link ConsentChannel} order) that refuses contact. Every adapter decides
   * with this method, so their counts per reason agree.
   */
  public Optional<ConsentReason> exclusion(ConsentHistory history) {
    for (ConsentChannel channel : EnumSet.copyOf(channels)) {
      ContactDecision decision = history.mayContact(purpose, channel, at);
      if (!decision.allowed()) {
        return Optional.of(decision.reason());
      }
    }
    return Optional.empty();
  }
}
