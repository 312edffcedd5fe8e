package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.SegmentRepository}: segments round trip with their criteria
 * or list; updates are optimistic; members follow the documented semantics of every criterion kind,
 * page by id and stay inside the tenant.
 */
public abstract class SegmentRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();
  private Customer ada;
  private Customer acme;
  private Customer bea;

  /** For subclasses binding the contract to an adapter. */
  protected SegmentRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  /**
   * Ada: active GB person of rm-1 in BR-0, tagged vip, open EUR savings of 1,000. Acme: prospect
   * organisation without id, owner or branch, closed savings. Bea: dormant DE person of rm-2,
   * tagged retail, open GBP mortgage and savings.
   */
  private void storePopulation() {
    ada =
        Customer.builder(
                given.customerId(),
                new Person(
                    "Ada", null, new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "GB", "A1")),
                given.now())
            .status(CustomerStatus.ACTIVE)
            .owner(EmployeeId.of("rm-1"))
            .branch(BranchCode.of("BR-0"))
            .tags(Set.of("vip"))
            .build();
    acme =
        Customer.builder(given.customerId(), new Organisation("Acme", null, null), given.now())
            .build();
    bea =
        Customer.builder(
                given.customerId(),
                new Person(
                    "Bea", null, new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "DE", "B1")),
                given.now())
            .status(CustomerStatus.DORMANT)
            .owner(EmployeeId.of("rm-2"))
            .tags(Set.of("retail"))
            .build();
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, List.of(ada, acme, bea));
              tx.holdings()
                  .insertAll(
                      tenant,
                      List.of(
                          campaigns.holding(
                              ada.id(), ProductType.SAVINGS, Money.of("1000", "EUR"), false),
                          campaigns.holding(
                              acme.id(), ProductType.SAVINGS, Money.of("10", "EUR"), true),
                          campaigns.holding(
                              bea.id(), ProductType.MORTGAGE, Money.of("200000", "GBP"), false),
                          campaigns.holding(
                              bea.id(), ProductType.SAVINGS, Money.of("500", "GBP"), false)));
            });
  }

  private List<CustomerId> members(Criterion criteria) {
    return storage().inTransaction(tx -> tx.segments().members(tenant, criteria, null, 100));
  }

  private static List<CustomerId> sorted(Customer... customers) {
    return Stream.of(customers)
        .map(Customer::id)
        .sorted(Comparator.comparing(CustomerId::toString))
        .toList();
  }

  @Test
  @DisplayName("members: each criterion kind selects as documented")
  void members_eachKind_selectsAsDocumented() {
    // given
    storePopulation();

    // when / then
    assertThat(members(new Criterion.HasTag("VIP"))).isEqualTo(sorted(ada));
    assertThat(members(new Criterion.HoldsProduct(ProductType.SAVINGS)))
        .isEqualTo(sorted(ada, bea));
    assertThat(members(new Criterion.LacksProduct(ProductType.SAVINGS))).isEqualTo(sorted(acme));
    assertThat(
            members(
                new Criterion.BalanceBetween(
                    ProductType.SAVINGS, Money.of("0", "EUR"), Money.of("1000", "EUR"))))
        .isEqualTo(sorted(ada));
    assertThat(members(new Criterion.KindIs(PartyKind.ORGANISATION))).isEqualTo(sorted(acme));
    assertThat(members(new Criterion.InBranch(BranchCode.of("BR-0")))).isEqualTo(sorted(ada));
    assertThat(members(new Criterion.StatusIn(EnumSet.of(CustomerStatus.PROSPECT))))
        .isEqualTo(sorted(acme));
  }

  @Test
  @DisplayName("members: NOT of a comparison on a missing value selects the customer")
  void members_notOnMissingValue_selectsCustomersWithoutIt() {
    // given
    storePopulation();

    // when / then
    assertThat(members(Criterion.not(new Criterion.OwnedBy(EmployeeId.of("rm-1")))))
        .isEqualTo(sorted(acme, bea));
    assertThat(members(Criterion.not(new Criterion.CountryIs("gb")))).isEqualTo(sorted(acme, bea));
  }

  @Test
  @DisplayName("members: and/or/not combine; empty AND is everyone, empty OR no one")
  void members_combinators_combine() {
    // given
    storePopulation();

    // when / then
    assertThat(
            members(
                Criterion.allOf(
                    new Criterion.StatusIn(
                        EnumSet.of(CustomerStatus.ACTIVE, CustomerStatus.DORMANT)),
                    new Criterion.KindIs(PartyKind.PERSON),
                    Criterion.not(new Criterion.HasTag("vip")))))
        .isEqualTo(sorted(bea));
    assertThat(members(Criterion.anyOf(new Criterion.HasTag("vip"), new Criterion.CountryIs("DE"))))
        .isEqualTo(sorted(ada, bea));
    assertThat(members(Criterion.allOf())).isEqualTo(sorted(ada, acme, bea));
    assertThat(members(Criterion.anyOf())).isEmpty();
  }

  @Test
  @DisplayName("members: pages by id after the last id of the previous page")
  void members_keysetPages_coverEveryoneOnce() {
    // given
    storePopulation();
    List<CustomerId> all = sorted(ada, acme, bea);

    // when
    List<CustomerId> first =
        storage().inTransaction(tx -> tx.segments().members(tenant, Criterion.allOf(), null, 2));
    List<CustomerId> second =
        storage()
            .inTransaction(tx -> tx.segments().members(tenant, Criterion.allOf(), first.get(1), 2));

    // then
    assertThat(first).isEqualTo(all.subList(0, 2));
    assertThat(second).isEqualTo(all.subList(2, 3));
  }

  @Test
  @DisplayName("members: another tenant's customers are never selected; a bad limit is refused")
  void members_otherTenant_selectsNothing() {
    // given
    storePopulation();

    // when
    List<CustomerId> seen =
        storage()
            .inTransaction(
                tx -> tx.segments().members(Fixtures.freshTenant(), Criterion.allOf(), null, 10));

    // then
    assertThat(seen).isEmpty();
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(tx -> tx.segments().members(tenant, Criterion.allOf(), null, 0)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("insert: criteria and static lists round trip; listed skips unknown customers")
  void insert_segments_roundTrip() {
    // given
    storePopulation();
    Segment rule =
        campaigns.segment(
            Criterion.allOf(
                new Criterion.BalanceBetween(
                    ProductType.SAVINGS, Money.of("0.01", "EUR"), Money.of("99.5", "EUR")),
                Criterion.anyOf(
                    new Criterion.OwnedBy(EmployeeId.of("rm-1")),
                    Criterion.not(new Criterion.LacksProduct(ProductType.MORTGAGE)))));
    CustomerId unknown = given.customerId();
    Segment list = campaigns.list(Set.of(bea.id(), ada.id(), unknown));

    // when
    storage()
        .inTransactionDo(
            tx -> {
              tx.segments().insert(tenant, rule);
              tx.segments().insert(tenant, list);
            });

    // then
    assertThat(storage().<Segment>inTransaction(tx -> tx.segments().get(tenant, rule.id())))
        .isEqualTo(rule);
    assertThat(storage().<Segment>inTransaction(tx -> tx.segments().get(tenant, list.id())))
        .isEqualTo(list);
    assertThat(
            storage()
                .<List<CustomerId>>inTransaction(
                    tx -> tx.segments().listed(tenant, list.id(), null, 10)))
        .isEqualTo(sorted(ada, bea));
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException")
  void insert_takenId_throwsDuplicate() {
    // given
    Segment segment = campaigns.segment(new Criterion.HasTag("vip"));
    storage().inTransactionDo(tx -> tx.segments().insert(tenant, segment));

    // when / then
    assertThatThrownBy(() -> storage().inTransactionDo(tx -> tx.segments().insert(tenant, segment)))
        .isInstanceOf(DuplicateRecordException.class);
  }

  @Test
  @DisplayName("update: bumps the version; a stale version or a missing segment throws")
  void update_isOptimistic() {
    // given
    Segment segment = campaigns.list(Set.of(given.customerId()));
    storage().inTransactionDo(tx -> tx.segments().insert(tenant, segment));
    Segment changed = campaigns.list(Set.of(given.customerId(), given.customerId()));
    Segment sameIdChanged =
        new Segment(segment.id(), 1, "Renamed", null, changed.list(), segment.createdAt());

    // when
    Segment updated = storage().inTransaction(tx -> tx.segments().update(tenant, sameIdChanged));

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(storage().<Segment>inTransaction(tx -> tx.segments().get(tenant, segment.id())))
        .isEqualTo(updated);
    assertThatThrownBy(
            () -> storage().inTransaction(tx -> tx.segments().update(tenant, sameIdChanged)))
        .isInstanceOf(ConcurrentUpdateException.class);
    Segment missing = campaigns.list(Set.of());
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.segments().update(tenant, missing)))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
