package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.PipelineFixtures.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.DatedAmount;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.PipelineFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CampaignMetricsQuery#attributed}: golden attributed leads,
 * won opportunities and revenue per day and currency under first-touch and last-touch, worked out
 * by hand from one scenario (see {@link #scenario()}); explicit campaigns win over touches; touches
 * after the opportunity was opened do not count; unknown campaigns and other tenants see nothing.
 */
public abstract class CampaignAttributionContract {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final LocalDate CLOSE = LocalDate.of(2025, 6, 30);
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);
  private final PipelineFixtures pipelines = new PipelineFixtures(given);
  private final TenantId tenant = given.tenant();
  private final PipelineDefinition retail = PipelineFixtures.retail(pipelines.pipelineId());
  private final Campaign a = campaigns.campaign(new SegmentId(given.nextUuid()));
  private final Campaign b = campaigns.campaign(new SegmentId(given.nextUuid()));

  /** For subclasses binding the contract to an adapter. */
  protected CampaignAttributionContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private Customer tagged(String... tags) {
    return given.aMinimalPerson().toBuilder().tags(Set.of(tags)).build();
  }

  private void launch(Campaign campaign, String tag) {
    storage()
        .inTransactionDo(
            tx ->
                tx.campaignMembers()
                    .launch(
                        tenant,
                        new LaunchPlan(
                            campaign.id(),
                            campaigns.segment(new Criterion.HasTag(tag)),
                            ConsentPurpose.SERVICE_MESSAGES,
                            Set.of(ConsentChannel.EMAIL),
                            T0)));
  }

  private void engage(Campaign campaign, Customer customer, MemberStatus stage, Instant at) {
    CampaignMember member =
        storage()
            .inTransaction(tx -> tx.campaignMembers().find(tenant, campaign.id(), customer.id()))
            .orElseThrow();
    CampaignMember moved =
        member
            .moveTo(MemberStatus.SENT, T0, null)
            .moveTo(MemberStatus.DELIVERED, T0, null)
            .moveTo(stage, at, null);
    storage().inTransactionDo(tx -> tx.campaignMembers().update(tenant, moved));
  }

  private OpportunityId won(
      Customer customer, CampaignId campaign, Instant opened, Money amount, LocalDate wonOn) {
    Transition<OpenOpportunity> open =
        OpenOpportunity.open(
            new OpportunityId(given.nextUuid()),
            retail,
            null,
            new OpportunityTerms(
                customer.id(),
                ProductType.MORTGAGE,
                amount,
                CLOSE,
                EmployeeId.of("rm-1"),
                null,
                campaign,
                List.of(),
                null),
            null,
            null,
            opened,
            ACTOR);
    OpenOpportunity stored = PipelineFixtures.insert(storage(), tenant, open);
    if (wonOn != null) {
      PipelineFixtures.update(
          storage(), tenant, stored.win(retail, amount, wonOn, opened.plusSeconds(60), ACTOR));
    }
    return stored.id();
  }

  private void lead(int n, LeadSource source) {
    BranchCode noBranch = null;
    String noSegment = null;
    Lead lead =
        OpenLead.capture(
            new LeadId(given.nextUuid()),
            source,
            ProductType.SAVINGS,
            LeadContact.named("Lead " + n),
            ConsentFlags.contactOnly(),
            "attribution-" + n,
            noBranch,
            noSegment,
            T0);
    storage().inTransactionDo(tx -> tx.leads().insert(tenant, lead));
  }

  /**
   * Customer k1 clicked campaign A on day 1 and responded to B on day 3; k2 is a member of A who
   * never engaged; k3 responded to B on day 10. Wins: k1 opened day 5, 1,000 EUR won 20 March (A
   * first, B last); k1 opened day 2, 50 EUR won 25 March (only A before it); k2 naming B, 300 USD
   * won 22 March (B under both); k2 without campaign, 500 USD (no touch); k3 opened day 5, 200 GBP
   * (its touch came later); k1 open, not won. Leads: two responses to A, one to B, one web form.
   */
  private void scenario() {
    Customer k1 = tagged("a", "b");
    Customer k2 = tagged("a");
    Customer k3 = tagged("b");
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, List.of(k1, k2, k3));
              tx.campaigns().insert(tenant, a);
              tx.campaigns().insert(tenant, b);
            });
    launch(a, "a");
    launch(b, "b");
    engage(a, k1, MemberStatus.CLICKED, day(1));
    engage(b, k1, MemberStatus.RESPONDED, day(3));
    engage(b, k3, MemberStatus.RESPONDED, day(10));
    won(k1, null, day(5), Money.of("1000.00", "EUR"), LocalDate.of(2025, 3, 20));
    won(k1, null, day(2), Money.of("50.00", "EUR"), LocalDate.of(2025, 3, 25));
    won(k2, b.id(), day(5), Money.of("300.00", "USD"), LocalDate.of(2025, 3, 22));
    won(k2, null, day(5), Money.of("500.00", "USD"), LocalDate.of(2025, 3, 21));
    won(k3, null, day(5), Money.of("200.00", "GBP"), LocalDate.of(2025, 3, 23));
    won(k1, null, day(6), Money.of("999.00", "EUR"), null);
    lead(1, LeadSource.responseTo(a.id()));
    lead(2, LeadSource.responseTo(a.id()));
    lead(3, LeadSource.responseTo(b.id()));
    lead(4, LeadSource.of(SourceKind.WEB_FORM, null));
  }

  private Map<CampaignId, AttributedOutcomes> attributed(
      TenantId of, List<CampaignId> ids, AttributionModel model) {
    return storage().inTransaction(tx -> tx.campaignMetrics().attributed(of, ids, model));
  }

  private static DatedAmount on(int march, String amount, String currency) {
    return new DatedAmount(LocalDate.of(2025, 3, march), Money.of(amount, currency));
  }

  @Test
  @DisplayName("attributed: first touch credits the earliest engagement before the opening")
  void attributed_firstTouch_matchesGoldenValues() {
    // given
    scenario();

    // when
    Map<CampaignId, AttributedOutcomes> outcomes =
        attributed(tenant, List.of(a.id(), b.id()), AttributionModel.FIRST_TOUCH);

    // then
    assertThat(outcomes.get(a.id()))
        .isEqualTo(
            new AttributedOutcomes(2, 2, List.of(on(20, "1000.00", "EUR"), on(25, "50", "EUR"))));
    assertThat(outcomes.get(b.id()))
        .isEqualTo(new AttributedOutcomes(1, 1, List.of(on(22, "300", "USD"))));
  }

  @Test
  @DisplayName("attributed: last touch credits the latest engagement before the opening")
  void attributed_lastTouch_matchesGoldenValues() {
    // given
    scenario();

    // when
    Map<CampaignId, AttributedOutcomes> outcomes =
        attributed(tenant, List.of(b.id(), a.id()), AttributionModel.LAST_TOUCH);

    // then
    assertThat(outcomes.keySet()).containsExactly(b.id(), a.id());
    assertThat(outcomes.get(a.id()))
        .isEqualTo(new AttributedOutcomes(2, 1, List.of(on(25, "50", "EUR"))));
    assertThat(outcomes.get(b.id()))
        .isEqualTo(
            new AttributedOutcomes(1, 2, List.of(on(20, "1000", "EUR"), on(22, "300", "USD"))));
  }

  @Test
  @DisplayName("attributed: equal touch times go to the smaller campaign id under both models")
  void attributed_tiedTouches_creditTheSmallerCampaignId() {
    // given
    Customer k = tagged("a", "b");
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insert(tenant, k);
              tx.campaigns().insert(tenant, a);
              tx.campaigns().insert(tenant, b);
            });
    launch(a, "a");
    launch(b, "b");
    engage(a, k, MemberStatus.CLICKED, day(1));
    engage(b, k, MemberStatus.CLICKED, day(1));
    won(k, null, day(2), Money.of("10.00", "EUR"), LocalDate.of(2025, 3, 4));
    CampaignId smaller = a.id().toString().compareTo(b.id().toString()) < 0 ? a.id() : b.id();

    // when / then
    for (AttributionModel model : AttributionModel.values()) {
      Map<CampaignId, AttributedOutcomes> outcomes =
          attributed(tenant, List.of(a.id(), b.id()), model);
      assertThat(outcomes.get(smaller))
          .isEqualTo(new AttributedOutcomes(0, 1, List.of(on(4, "10", "EUR"))));
    }
  }

  @Test
  @DisplayName("attributed: unknown campaigns and other tenants get nothing")
  void attributed_unknownOrOtherTenant_none() {
    // given
    scenario();
    CampaignId unknown = new CampaignId(given.nextUuid());

    // when
    Map<CampaignId, AttributedOutcomes> mine =
        attributed(tenant, List.of(unknown), AttributionModel.FIRST_TOUCH);
    Map<CampaignId, AttributedOutcomes> theirs =
        attributed(Fixtures.freshTenant(), List.of(a.id()), AttributionModel.LAST_TOUCH);

    // then
    assertThat(mine).containsExactly(Map.entry(unknown, AttributedOutcomes.none()));
    assertThat(theirs).containsExactly(Map.entry(a.id(), AttributedOutcomes.none()));
  }
}
