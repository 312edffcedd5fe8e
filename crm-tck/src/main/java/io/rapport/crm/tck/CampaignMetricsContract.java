package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignFigures;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.DatedAmount;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.party.Customer;
import io.rapport.crm.spi.CampaignMetricsQuery;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CampaignMetricsQuery}: golden figures per stage reached, conversion values and
 * costs summed per day and currency (never across currencies), each cost once; campaigns without
 * members or unknown ids; tenant isolation.
 */
public abstract class CampaignMetricsContract {
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  private static final LocalDate MARCH_2 = LocalDate.of(2025, 3, 2);
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();
  private final SegmentId segment = new SegmentId(given.nextUuid());

  /** For subclasses binding the contract to an adapter. */
  protected CampaignMetricsContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private Map<CampaignId, CampaignFigures> figures(TenantId of, List<CampaignId> ids) {
    return storage().inTransaction(tx -> tx.campaignMetrics().figures(of, ids));
  }

  private Campaign storedWithCosts() {
    Campaign campaign =
        campaigns.campaign(
            segment,
            null,
            Set.of(CampaignChannel.EMAIL),
            List.of(
                new CostLine(MARCH_2, Money.of("100", "EUR"), "Print"),
                new CostLine(MARCH_1, Money.of("10", "USD"), "Ads"),
                new CostLine(MARCH_2, Money.of("50.50", "EUR"), "Postage")));
    storage().inTransactionDo(tx -> tx.campaigns().insert(tenant, campaign));
    return campaign;
  }

  /** Launches four consenting customers and moves them through different stages. */
  private void membersThroughStages(Campaign campaign) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      customers.add(given.aMinimalPerson().toBuilder().tags(Set.of("m")).build());
    }
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, customers);
              for (Customer customer : customers) {
                tx.consents()
                    .append(
                        tenant,
                        campaigns.consent(customer.id(), ConsentAction.GRANTED, given.now()));
              }
              tx.campaignMembers()
                  .launch(
                      tenant,
                      new LaunchPlan(
                          campaign.id(),
                          campaigns.segment(new Criterion.HasTag("m")),
                          ConsentPurpose.MARKETING,
                          Set.of(ConsentChannel.EMAIL),
                          given.later()));
            });
    List<CampaignMember> members =
        storage()
            .inTransaction(tx -> tx.campaignMembers().members(tenant, campaign.id(), null, 10));
    List<CampaignMember> moved =
        List.of(
            members
                .get(0)
                .moveTo(MemberStatus.SENT, given.later(), null)
                .moveTo(MemberStatus.DELIVERED, given.later(), null)
                .moveTo(MemberStatus.OPENED, given.later(), null)
                .moveTo(MemberStatus.CLICKED, given.later(), null)
                .moveTo(MemberStatus.RESPONDED, given.later(), null)
                .moveTo(MemberStatus.CONVERTED, given.later(), Money.of("100", "EUR")),
            members
                .get(1)
                .moveTo(MemberStatus.SENT, given.later(), null)
                .moveTo(MemberStatus.DELIVERED, given.later(), null)
                .moveTo(MemberStatus.CONVERTED, given.later(), Money.of("50", "GBP")),
            members
                .get(2)
                .moveTo(MemberStatus.SENT, given.later(), null)
                .moveTo(MemberStatus.BOUNCED, given.later(), null));
    storage()
        .inTransactionDo(
            tx -> moved.forEach(member -> tx.campaignMembers().update(tenant, member)));
  }

  @Test
  @DisplayName("figures: golden counts per stage, values and costs per day and currency")
  void figures_membersAndCosts_matchGoldenValues() {
    // given
    Campaign campaign = storedWithCosts();
    membersThroughStages(campaign);
    LocalDate conversionDay = LocalDate.ofInstant(given.now(), ZoneOffset.UTC);

    // when
    CampaignFigures figures = figures(tenant, List.of(campaign.id())).get(campaign.id());

    // then
    assertThat(figures)
        .isEqualTo(
            new CampaignFigures(
                campaign.id(),
                4,
                3,
                2,
                1,
                1,
                1,
                1,
                0,
                2,
                List.of(
                    new DatedAmount(conversionDay, Money.of("100", "EUR")),
                    new DatedAmount(conversionDay, Money.of("50", "GBP"))),
                List.of(
                    new DatedAmount(MARCH_1, Money.of("10", "USD")),
                    new DatedAmount(MARCH_2, Money.of("150.50", "EUR")))));
  }

  @Test
  @DisplayName("figures: a cancelled campaign without members still has its costs")
  void figures_cancelledWithoutMembers_keepsCosts() {
    // given
    Campaign campaign = storedWithCosts();
    storage()
        .inTransaction(
            tx ->
                tx.campaigns()
                    .update(tenant, campaign.close(CampaignStatus.CANCELLED, given.later())));
    CampaignId unknown = new CampaignId(given.nextUuid());

    // when
    Map<CampaignId, CampaignFigures> figures = figures(tenant, List.of(campaign.id(), unknown));

    // then
    assertThat(figures.get(campaign.id()).members()).isZero();
    assertThat(figures.get(campaign.id()).costs()).hasSize(2);
    assertThat(figures.get(unknown)).isEqualTo(CampaignFigures.none(unknown));
  }

  @Test
  @DisplayName("figures: another tenant sees none; too many ids are refused")
  void figures_otherTenantOrTooMany() {
    // given
    Campaign campaign = storedWithCosts();
    membersThroughStages(campaign);
    List<CampaignId> tooMany = new ArrayList<>();
    for (int i = 0; i <= CampaignMetricsQuery.MAX_CAMPAIGNS; i++) {
      tooMany.add(new CampaignId(given.nextUuid()));
    }

    // when
    CampaignFigures seen =
        figures(Fixtures.freshTenant(), List.of(campaign.id())).get(campaign.id());

    // then
    assertThat(seen).isEqualTo(CampaignFigures.none(campaign.id()));
    assertThatThrownBy(() -> figures(tenant, tooMany)).isInstanceOf(InvalidValueException.class);
  }
}
