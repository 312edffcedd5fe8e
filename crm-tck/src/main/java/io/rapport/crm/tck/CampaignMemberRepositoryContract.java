package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CampaignMemberRepository;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CampaignMemberRepository}: a launch keeps exactly the customers consent allows
 * and counts the others per reason, over several pages too; members are a snapshot, recorded once;
 * member updates are optimistic.
 */
public abstract class CampaignMemberRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();
  private final CampaignId campaign = new CampaignId(given.nextUuid());

  /** For subclasses binding the contract to an adapter. */
  protected CampaignMemberRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private List<Customer> storeTagged(int count, String tag) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      customers.add(given.aMinimalPerson().toBuilder().tags(Set.of(tag)).build());
    }
    storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, customers));
    return customers;
  }

  private void consent(CustomerId customer, ConsentAction action, Instant at, Instant expires) {
    storage()
        .inTransactionDo(
            tx ->
                tx.consents()
                    .append(
                        tenant,
                        campaigns.consent(
                            ConsentSubject.customer(customer),
                            ConsentPurpose.MARKETING,
                            ConsentChannel.EMAIL,
                            action,
                            at,
                            expires)));
  }

  private LaunchResult launch(Segment target, ConsentPurpose purpose, Instant at) {
    LaunchPlan plan = new LaunchPlan(campaign, target, purpose, Set.of(ConsentChannel.EMAIL), at);
    return storage().inTransaction(tx -> tx.campaignMembers().launch(tenant, plan));
  }

  private List<CampaignMember> members() {
    return storage()
        .inTransaction(tx -> tx.campaignMembers().members(tenant, campaign, null, 10_000));
  }

  /** Six tagged customers: granted, withdrawn, pending, never asked, expired, SMS only. */
  private List<Customer> storeConsentCases() {
    List<Customer> customers = storeTagged(6, "target");
    storeTagged(1, "other");
    Instant start = given.now();
    consent(customers.get(0).id(), ConsentAction.GRANTED, start, null);
    consent(customers.get(1).id(), ConsentAction.GRANTED, start, null);
    consent(customers.get(1).id(), ConsentAction.WITHDRAWN, given.later(), null);
    consent(customers.get(2).id(), ConsentAction.REQUESTED, start, null);
    consent(customers.get(4).id(), ConsentAction.GRANTED, start, start.plusSeconds(5));
    storage()
        .inTransactionDo(
            tx ->
                tx.consents()
                    .append(
                        tenant,
                        campaigns.consent(
                            ConsentSubject.customer(customers.get(5).id()),
                            ConsentPurpose.MARKETING,
                            ConsentChannel.SMS,
                            ConsentAction.GRANTED,
                            start,
                            null)));
    return customers;
  }

  @Test
  @DisplayName("launch: keeps the consenting, counts the dropped per reason")
  void launch_mixedConsent_keepsConsentingAndCountsReasons() {
    // given
    List<Customer> customers = storeConsentCases();
    Instant at = given.now().plusSeconds(60);

    // when
    LaunchResult result =
        launch(campaigns.segment(new Criterion.HasTag("target")), ConsentPurpose.MARKETING, at);

    // then
    assertThat(result.candidates()).isEqualTo(6);
    assertThat(result.members()).isEqualTo(1);
    assertThat(result.excluded())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ConsentReason.WITHDRAWN, 1L,
                ConsentReason.PENDING_CONFIRMATION, 1L,
                ConsentReason.NEVER_ASKED, 2L,
                ConsentReason.EXPIRED, 1L));
    assertThat(members())
        .containsExactly(CampaignMember.targeted(campaign, customers.get(0).id(), at));
  }

  @Test
  @DisplayName("launch: service messages are not blocked by a marketing opt-out")
  void launch_serviceMessages_ignoreMarketingOptOut() {
    // given
    storeConsentCases();

    // when
    LaunchResult result =
        launch(
            campaigns.segment(new Criterion.HasTag("target")),
            ConsentPurpose.SERVICE_MESSAGES,
            given.now().plusSeconds(60));

    // then
    assertThat(result.members()).isEqualTo(6);
    assertThat(result.excluded()).isEmpty();
  }

  @Test
  @DisplayName("launch: a static list targets its stored customers; a second launch is refused")
  void launch_staticListTwice_secondIsRefusedAndChangesNothing() {
    // given
    List<Customer> customers = storeTagged(3, "listed");
    customers.forEach(c -> consent(c.id(), ConsentAction.GRANTED, given.now(), null));
    Segment list =
        campaigns.list(Set.of(customers.get(0).id(), customers.get(2).id(), given.customerId()));
    storage().inTransactionDo(tx -> tx.segments().insert(tenant, list));
    Instant at = given.later();
    launch(list, ConsentPurpose.MARKETING, at);

    // when / then
    assertThatThrownBy(() -> launch(list, ConsentPurpose.MARKETING, given.later()))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(members())
        .extracting(CampaignMember::customer)
        .containsExactlyElementsOf(
            List.of(customers.get(0).id(), customers.get(2).id()).stream()
                .sorted(Comparator.comparing(CustomerId::toString))
                .toList());
  }

  @Test
  @DisplayName("launch: more customers than a page are all resolved, each once")
  void launch_overSeveralPages_resolvesEveryoneOnce() {
    // given: a page and a few more customers, three of them consenting
    int count = CampaignMemberRepository.LAUNCH_PAGE + 3;
    List<Customer> customers = storeTagged(count, "bulk");
    for (int i : new int[] {0, 999, count - 1}) {
      consent(customers.get(i).id(), ConsentAction.GRANTED, given.now(), null);
    }

    // when
    LaunchResult result =
        launch(
            campaigns.segment(new Criterion.HasTag("bulk")),
            ConsentPurpose.MARKETING,
            given.later());

    // then
    assertThat(result.candidates()).isEqualTo(count);
    assertThat(result.members()).isEqualTo(3);
    assertThat(result.excludedFor(ConsentReason.NEVER_ASKED)).isEqualTo(count - 3);
    assertThat(members()).hasSize(3);
  }

  @Test
  @DisplayName("update: a member moves on at version + 1; a stale version throws")
  void update_member_isOptimistic() {
    // given
    List<Customer> customers = storeTagged(1, "one");
    consent(customers.get(0).id(), ConsentAction.GRANTED, given.now(), null);
    launch(campaigns.segment(new Criterion.HasTag("one")), ConsentPurpose.MARKETING, given.later());
    CampaignMember member = members().get(0);
    CampaignMember converted =
        member
            .moveTo(MemberStatus.SENT, given.later(), null)
            .moveTo(MemberStatus.DELIVERED, given.later(), null)
            .moveTo(MemberStatus.CONVERTED, given.later(), Money.of("250.00", "EUR"));

    // when
    CampaignMember stored =
        storage().inTransaction(tx -> tx.campaignMembers().update(tenant, converted));

    // then
    assertThat(stored.version()).isEqualTo(2);
    assertThat(
            storage()
                .<Optional<CampaignMember>>inTransaction(
                    tx -> tx.campaignMembers().find(tenant, campaign, member.customer())))
        .contains(stored);
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> tx.campaignMembers().update(tenant, converted)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(
            storage()
                .<Optional<CampaignMember>>inTransaction(
                    tx ->
                        tx.campaignMembers()
                            .find(Fixtures.freshTenant(), campaign, member.customer())))
        .isEmpty();
  }
}
