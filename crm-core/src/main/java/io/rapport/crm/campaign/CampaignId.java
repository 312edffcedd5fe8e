package io.rapport.crm.campaign;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.internal.Checks;
import java.util.UUID;

/** The id of a campaign: a time-ordered UUIDv7 made by the library's id source. */
public record CampaignId(UUID value) {
  /** Checks presence. */
  public CampaignId {
    Checks.notNull(value, "campaignId");
  }

  /** Parses the canonical UUID form. */
  public static CampaignId of(String value) {
    Checks.notNull(value, "campaignId");
    try {
      return new CampaignId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("campaignId", "campaignId is not a UUID");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
