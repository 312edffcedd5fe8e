package io.rapport.crm.spi;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import java.util.List;
import java.util.Optional;

/** Campaigns of one tenant with their cost lines. Arguments must not be null. */
public interface CampaignRepository {

  /**
   * Stores a new campaign.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id is taken
   */
  void insert(TenantId tenant, Campaign campaign);

  /**
   * Replaces a campaign read at {@code campaign.version()}, cost lines included; returns it with
   * version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such campaign
   */
  Campaign update(TenantId tenant, Campaign campaign);

  /** The campaign with the id, if any. */
  Optional<Campaign> find(TenantId tenant, CampaignId id);

  /**
   * The campaign with the id.
   *
   * @throws RecordNotFoundException if there is none
   */
  default Campaign get(TenantId tenant, CampaignId id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException("campaign", id));
  }

  /** The waves of {@code parent}, ordered by id text. */
  List<Campaign> waves(TenantId tenant, CampaignId parent);
}
