package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.Fixtures.primaryMember;
import static io.rapport.crm.tck.internal.Fixtures.secondaryMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.HostileStrings;
import io.rapport.crm.tck.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.HouseholdRepository}: households round trip exactly
 * (members in order, with roles and flags); updates are optimistic; across all of a tenant's
 * households a customer is flagged primary at most once, and a write that would break this throws
 * {@link HouseholdMembershipException} and stores nothing, on insert and on update alike.
 */
public abstract class HouseholdRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected HouseholdRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("insert: stores a household exactly as given, members in order with roles and flags")
  void insert_household_roundTripsExactly() {
    // given
    CustomerId head = aStoredCustomer();
    CustomerId partner = aStoredCustomer();
    CustomerId child = aStoredCustomer();
    Household household =
        new Household(
            new HouseholdId(given.nextUuid()),
            1,
            Texts.fit(HostileStrings.all().get(2).getPayload() + " " + "山田", 200),
            List.of(
                new HouseholdMember(child, HouseholdRole.DEPENDANT, false),
                new HouseholdMember(head, HouseholdRole.HEAD, true),
                new HouseholdMember(partner, HouseholdRole.SPOUSE_OR_PARTNER, true)),
            partner);

    // when
    insert(household);

    // then
    assertThat(find(household.id())).contains(household);
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException and keeps the stored one")
  void insert_takenId_throwsDuplicate() {
    // given
    Household stored = given.aHousehold(secondaryMember(aStoredCustomer()));
    insert(stored);

    // when / then
    assertThatThrownBy(() -> insert(stored.rename("Impostors")))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(find(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("insert: a member already primary elsewhere throws and nothing is stored")
  void insert_memberPrimaryElsewhere_throwsAndStoresNothing() {
    // given
    CustomerId customer = aStoredCustomer();
    insert(given.aHousehold(primaryMember(customer)));
    Household second = given.aHousehold(primaryMember(aStoredCustomer()), primaryMember(customer));

    // when / then
    assertThatThrownBy(() -> insert(second))
        .isInstanceOf(HouseholdMembershipException.class)
        .satisfies(
            e -> assertThat(((HouseholdMembershipException) e).customerId()).isEqualTo(customer));
    assertThat(find(second.id())).isEmpty();
    assertThat(forMember(customer)).hasSize(1);
  }

  @Test
  @DisplayName("insert: a member primary elsewhere may join other households as non-primary")
  void insert_memberPrimaryElsewhereJoiningAsSecondary_isStored() {
    // given
    CustomerId customer = aStoredCustomer();
    Household primary = given.aHousehold(primaryMember(customer));
    Household secondary =
        given.aHousehold(primaryMember(aStoredCustomer()), secondaryMember(customer));
    insert(primary);

    // when
    insert(secondary);

    // then
    assertThat(find(secondary.id())).contains(secondary);
    assertThat(forMember(customer)).containsExactlyInAnyOrder(primary, secondary);
  }

  @Test
  @DisplayName("update: flagging a member primary who is primary elsewhere throws, nothing changes")
  void update_flagsMemberPrimaryElsewhere_throwsAndChangesNothing() {
    // given
    CustomerId customer = aStoredCustomer();
    insert(given.aHousehold(primaryMember(customer)));
    Household other = given.aHousehold(primaryMember(aStoredCustomer()), secondaryMember(customer));
    insert(other);
    Household flagged =
        new Household(
            other.id(),
            other.version(),
            "Renamed",
            List.of(other.members().get(0), primaryMember(customer)),
            other.primaryMember());

    // when / then
    assertThatThrownBy(() -> update(flagged)).isInstanceOf(HouseholdMembershipException.class);
    assertThat(find(other.id())).contains(other);
  }

  @Test
  @DisplayName("update: a household's own primary flags do not conflict with themselves")
  void update_keepsOwnPrimaryFlags_isStored() {
    // given
    CustomerId customer = aStoredCustomer();
    Household household = given.aHousehold(primaryMember(customer));
    insert(household);

    Household renamed = household.rename("The Renamed Household");

    // when
    Household returned = update(renamed);

    // then
    assertThat(returned).isEqualTo(atVersion(renamed, 2));
    assertThat(find(household.id())).contains(returned);
  }

  @Test
  @DisplayName("update: once a customer's primary flag is dropped, another household may take it")
  void update_primaryFlagMovedBetweenHouseholds_isStored() {
    // given
    CustomerId customer = aStoredCustomer();
    CustomerId other = aStoredCustomer();
    Household first = given.aHousehold(primaryMember(other), primaryMember(customer));
    Household second = given.aHousehold(secondaryMember(customer));
    insert(first);
    insert(second);
    Household firstWithoutFlag =
        new Household(
            first.id(),
            first.version(),
            first.name(),
            List.of(primaryMember(other), secondaryMember(customer)),
            other);
    Household secondWithFlag =
        new Household(
            second.id(),
            second.version(),
            second.name(),
            List.of(primaryMember(customer)),
            customer);

    // when
    storage()
        .inTransactionDo(
            tx -> {
              tx.households().update(tenant, firstWithoutFlag);
              tx.households().update(tenant, secondWithFlag);
            });

    // then
    assertThat(find(second.id()).orElseThrow().members()).containsExactly(primaryMember(customer));
  }

  @Test
  @DisplayName("update: with the stored version stores it and returns it at version + 1")
  void update_currentVersion_storesNextVersion() {
    // given
    Household stored = given.aHousehold(primaryMember(aStoredCustomer()));
    insert(stored);
    CustomerId newcomer = aStoredCustomer();

    Household grown =
        stored.addMember(new HouseholdMember(newcomer, HouseholdRole.DEPENDANT, true));

    // when
    Household returned = update(grown);

    // then
    assertThat(returned).isEqualTo(atVersion(grown, 2));
    assertThat(find(stored.id())).contains(returned);
  }

  @Test
  @DisplayName("update: a stale version throws ConcurrentUpdateException and changes nothing")
  void update_staleVersion_throwsConcurrentUpdate() {
    // given
    Household stored = given.aHousehold(primaryMember(aStoredCustomer()));
    insert(stored);
    Household current = update(stored.rename("First"));

    // when / then
    assertThatThrownBy(() -> update(stored.rename("Second")))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(stored.id())).contains(current);
  }

  @Test
  @DisplayName("update: an unknown household throws RecordNotFoundException")
  void update_unknown_throwsNotFound() {
    // given
    Household neverStored = given.aHousehold(primaryMember(aStoredCustomer()));

    // when / then
    assertThatThrownBy(() -> update(neverStored)).isInstanceOf(RecordNotFoundException.class);
    assertThat(find(neverStored.id())).isEmpty();
  }

  @Test
  @DisplayName("get: an unknown id throws RecordNotFoundException")
  void get_unknownId_throwsNotFound() {
    // given
    HouseholdId unknown = new HouseholdId(given.nextUuid());

    // when / then
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.households().get(tenant, unknown)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  @DisplayName("forMember: lists every household of the customer, primary or not, by id")
  void forMember_severalHouseholds_listsAllOrderedById() {
    // given
    CustomerId customer = aStoredCustomer();
    List<Household> households = new ArrayList<>();
    households.add(given.aHousehold(primaryMember(customer)));
    households.add(given.aHousehold(primaryMember(aStoredCustomer()), secondaryMember(customer)));
    households.add(given.aHousehold(secondaryMember(aStoredCustomer()), secondaryMember(customer)));
    Household without = given.aHousehold(secondaryMember(aStoredCustomer()));
    storage()
        .inTransactionDo(
            tx -> {
              tx.households().insert(tenant, without);
              for (int i = households.size() - 1; i >= 0; i--) {
                tx.households().insert(tenant, households.get(i));
              }
            });

    // when
    List<Household> found = forMember(customer);

    // then
    assertThat(found)
        .containsExactlyElementsOf(
            households.stream().sorted(Comparator.comparing(h -> h.id().toString())).toList());
  }

  @Test
  @DisplayName("insertAll: stores many households exactly as given, members in order")
  void insertAll_many_roundTripExactly() {
    // given: 30 households, each a primary head and two shared secondary members
    List<CustomerId> customers = storedCustomers(40);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      households.add(
          given.aHousehold(
              primaryMember(customers.get(i)),
              secondaryMember(customers.get(30 + i % 10)),
              secondaryMember(customers.get(30 + (i + 1) % 10))));
    }

    // when
    insertAll(households);

    // then
    for (Household household : households) {
      assertThat(find(household.id())).contains(household);
    }
    assertThat(forMember(customers.get(30))).hasSize(6);
  }

  @Test
  @DisplayName("insertAll: an id twice in the list or already stored throws, stores nothing")
  void insertAll_takenId_throwsDuplicateAndStoresNothing() {
    // given
    Household stored = given.aHousehold(primaryMember(aStoredCustomer()));
    insert(stored);
    Household fresh = given.aHousehold(primaryMember(aStoredCustomer()));
    Household copyOfFresh = atVersion(fresh, 1);
    Household copyOfStored = given.aHousehold(secondaryMember(aStoredCustomer()));
    Household takenId =
        new Household(
            stored.id(), 1, "Taken", copyOfStored.members(), copyOfStored.primaryMember());

    // when / then
    assertThatThrownBy(() -> insertAll(List.of(fresh, copyOfFresh)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThatThrownBy(() -> insertAll(List.of(fresh, takenId)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(find(fresh.id())).isEmpty();
    assertThat(find(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("insertAll: two households flagging one customer primary throw, store nothing")
  void insertAll_samePrimaryTwiceInList_throwsMembershipAndStoresNothing() {
    // given
    CustomerId customer = aStoredCustomer();
    Household first = given.aHousehold(primaryMember(customer));
    Household second = given.aHousehold(primaryMember(aStoredCustomer()), primaryMember(customer));

    // when / then
    assertThatThrownBy(() -> insertAll(List.of(first, second)))
        .isInstanceOf(HouseholdMembershipException.class);
    assertThat(find(first.id())).isEmpty();
    assertThat(find(second.id())).isEmpty();
    assertThat(forMember(customer)).isEmpty();
  }

  @Test
  @DisplayName("insertAll: a primary flag a stored household holds throws, stores nothing")
  void insertAll_primaryTakenByStored_throwsMembershipAndStoresNothing() {
    // given
    CustomerId customer = aStoredCustomer();
    Household stored = given.aHousehold(primaryMember(customer));
    insert(stored);
    Household other = given.aHousehold(primaryMember(aStoredCustomer()));
    Household clash = given.aHousehold(secondaryMember(aStoredCustomer()), primaryMember(customer));

    // when / then
    assertThatThrownBy(() -> insertAll(List.of(other, clash)))
        .isInstanceOf(HouseholdMembershipException.class);
    assertThat(find(other.id())).isEmpty();
    assertThat(forMember(customer)).containsExactly(stored);
  }

  private static Household atVersion(Household household, long version) {
    return new Household(
        household.id(), version, household.name(), household.members(), household.primaryMember());
  }

  private CustomerId aStoredCustomer() {
    Customer customer =
        Customer.builder(given.customerId(), new Person("Member", null, null), given.now()).build();
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, customer));
    return customer.id();
  }

  private List<CustomerId> storedCustomers(int count) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      customers.add(
          Customer.builder(given.customerId(), new Person("Member", null, null), given.now())
              .build());
    }
    storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, customers));
    return customers.stream().map(Customer::id).toList();
  }

  private void insertAll(List<Household> households) {
    storage().inTransactionDo(tx -> tx.households().insertAll(tenant, households));
  }

  private void insert(Household household) {
    storage().inTransactionDo(tx -> tx.households().insert(tenant, household));
  }

  private Household update(Household household) {
    return storage().inTransaction(tx -> tx.households().update(tenant, household));
  }

  private Optional<Household> find(HouseholdId id) {
    return storage().inTransaction(tx -> tx.households().find(tenant, id));
  }

  private List<Household> forMember(CustomerId customer) {
    return storage().inTransaction(tx -> tx.households().forMember(tenant, customer));
  }
}
