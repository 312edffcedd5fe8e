package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CampaignRepository}: campaigns round trip exactly with
 * their cost lines; updates are optimistic and rewrite the cost lines; waves are found by parent.
 */
public abstract class CampaignRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();
  private final SegmentId segment = new SegmentId(given.nextUuid());

  /** For subclasses binding the contract to an adapter. */
  protected CampaignRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private void insert(Campaign campaign) {
    storage().inTransactionDo(tx -> tx.campaigns().insert(tenant, campaign));
  }

  private Campaign get(Campaign campaign) {
    return storage().inTransaction(tx -> tx.campaigns().get(tenant, campaign.id()));
  }

  @Test
  @DisplayName("insert: every field and cost line round trips, other currencies included")
  void insert_campaign_roundTripsEveryField() {
    // given
    Campaign campaign =
        campaigns.campaign(
            segment,
            null,
            Set.of(CampaignChannel.SMS, CampaignChannel.ATM_SCREEN, CampaignChannel.EMAIL),
            List.of(
                new CostLine(LocalDate.of(2025, 3, 2), Money.of("1200.10", "EUR"), "Print run"),
                new CostLine(LocalDate.of(2025, 3, 3), Money.of("300000", "JPY"), "Agency fee"),
                new CostLine(LocalDate.of(2025, 3, 3), Money.of("12.345", "BHD"), "Media")));

    // when
    insert(campaign);

    // then
    assertThat(get(campaign)).isEqualTo(campaign);
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException")
  void insert_takenId_throwsDuplicate() {
    // given
    Campaign campaign = campaigns.campaign(segment);
    insert(campaign);

    // when / then
    assertThatThrownBy(() -> insert(campaign)).isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("update: launch and a new cost line are stored at version + 1")
  void update_launchAndCost_storedWithNextVersion() {
    // given
    Campaign campaign = campaigns.campaign(segment);
    insert(campaign);
    Campaign changed =
        campaign
            .launch(given.later())
            .addCost(
                new CostLine(LocalDate.of(2025, 3, 5), Money.of("99.99", "USD"), "Ads"),
                given.later());

    // when
    Campaign updated = storage().inTransaction(tx -> tx.campaigns().update(tenant, changed));

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.status()).isEqualTo(CampaignStatus.ACTIVE);
    assertThat(get(campaign)).isEqualTo(updated);
  }

  @Test
  @DisplayName("update: a stale version or a missing campaign throws; nothing changes")
  void update_staleOrMissing_throws() {
    // given
    Campaign campaign = campaigns.campaign(segment);
    insert(campaign);
    storage()
        .inTransaction(
            tx ->
                tx.campaigns()
                    .update(tenant, campaign.close(CampaignStatus.CANCELLED, given.later())));
    Campaign stale = campaign.launch(given.later());

    // when / then
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.campaigns().update(tenant, stale)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(get(campaign).status()).isEqualTo(CampaignStatus.CANCELLED);
    Campaign missing = campaigns.campaign(segment);
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.campaigns().update(tenant, missing)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  @DisplayName("waves: the campaigns whose parent is given, by id; other tenants see none")
  void waves_ofParent_areFound() {
    // given
    Campaign parent = campaigns.campaign(segment);
    Campaign first =
        campaigns.campaign(segment, parent.id(), Set.of(CampaignChannel.EMAIL), List.of());
    Campaign second =
        campaigns.campaign(segment, parent.id(), Set.of(CampaignChannel.SMS), List.of());
    insert(parent);
    insert(second);
    insert(first);

    // when
    List<Campaign> waves = storage().inTransaction(tx -> tx.campaigns().waves(tenant, parent.id()));
    List<Campaign> elsewhere =
        storage().inTransaction(tx -> tx.campaigns().waves(Fixtures.freshTenant(), parent.id()));

    // then
    assertThat(waves).containsExactly(first, second);
    assertThat(elsewhere).isEmpty();
  }
}
