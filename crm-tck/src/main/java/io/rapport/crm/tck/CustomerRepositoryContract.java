package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.HostileStrings;
import io.rapport.crm.tck.internal.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerRepository}'s writes and reads by id: every field
 * of a customer survives a round trip exactly, whatever the text holds; inserts refuse taken ids;
 * updates are optimistic (the stored version must be the one read, and is bumped by one). Lookups
 * by id, e-mail and phone and the count are in {@link CustomerLookupContract}, search in {@link
 * SearchContract}.
 *
 * <p>Every test uses a fresh tenant, so one storage may serve all tests. Somewhat over 400 lines:
 * one test per clause of insert, insertAll and update, kept together.
 */
public abstract class CustomerRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected CustomerRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  static Stream<Named<String>> hostileStrings() {
    return HostileStrings.all().stream();
  }

  @Test
  @DisplayName("insert: stores a person exactly as given, every field included")
  void insert_personWithEveryField_roundTripsExactly() {
    // given
    Customer person = given.aPerson();

    // when
    insert(person);

    // then
    assertThat(find(person.id())).contains(person);
  }

  @Test
  @DisplayName("insert: stores an organisation exactly as given, every field included")
  void insert_organisationWithEveryField_roundTripsExactly() {
    // given
    Customer organisation = given.anOrganisation();

    // when
    insert(organisation);

    // then
    Customer found = find(organisation.id()).orElseThrow();
    assertThat(found).isEqualTo(organisation);
    assertThat(found.party()).isInstanceOf(Organisation.class);
    assertThat(found.party().governmentId()).isEqualTo(organisation.party().governmentId());
  }

  @Test
  @DisplayName("insert: optional fields left out come back absent, not empty or defaulted")
  void insert_minimalPerson_roundTripsAbsentFieldsAsAbsent() {
    // given
    Customer minimal = given.aMinimalPerson();

    // when
    insert(minimal);

    // then
    Customer found = find(minimal.id()).orElseThrow();
    assertThat(found).isEqualTo(minimal);
    assertThat(found.party()).isInstanceOf(Person.class);
    assertThat(found.party().foundingDate()).isNull();
    assertThat(found.party().governmentId()).isNull();
    assertThat(found.preferredLanguage()).isNull();
    assertThat(found.owner()).isNull();
    assertThat(found.branch()).isNull();
    assertThat(found.contactPoints()).isEmpty();
    assertThat(found.tags()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileStrings")
  @DisplayName("insert: stores hostile text in display and legal name exactly")
  void insert_hostileNames_roundTripExactly(String hostile) {
    // given
    Customer customer =
        given.aPerson().toBuilder()
            .displayName(hostile)
            .party(new Person(hostile, LocalDate.of(2000, 2, 29), null))
            .build();

    // when
    insert(customer);

    // then
    Customer found = find(customer.id()).orElseThrow();
    assertThat(found.displayName()).isEqualTo(hostile);
    assertThat(found.party().legalName()).isEqualTo(hostile);
    assertThat(found).isEqualTo(customer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileStrings")
  @DisplayName("insert: stores hostile text in e-mail and postal contact points exactly")
  void insert_hostileContactPoints_roundTripExactly(String hostile) {
    // given
    String local = Texts.fit(hostile.replaceAll("[@\\s]", ""), 60);
    PostalAddress address =
        new PostalAddress(
            List.of(Texts.fit(hostile, 200), "2nd line"),
            Texts.fit(hostile, 100),
            Texts.fit(hostile, 100),
            Texts.fit(hostile, 20),
            "JP");
    Customer customer =
        given.aMinimalPerson().toBuilder()
            .contactPoints(
                List.of(
                    given.postal(address, ContactPurpose.CORRESPONDENCE, true),
                    given.email(
                        (local.isEmpty() ? "x" : local) + "@example.com",
                        ContactPurpose.PERSONAL,
                        true)))
            .build();

    // when
    insert(customer);

    // then
    assertThat(find(customer.id())).contains(customer);
  }

  @Test
  @DisplayName("insert: keeps 50 contact points in order and 50 tags")
  void insert_mostContactPointsAndTags_roundTripInOrder() {
    // given
    List<ContactPoint> points = new ArrayList<>();
    for (int i = 0; i < Customer.MAX_CONTACT_POINTS; i++) {
      boolean primary = i < 3;
      points.add(
          switch (i % 3) {
            case 0 -> given.email("person" + i + "@example.com", ContactPurpose.PERSONAL, primary);
            case 1 -> given.phone("+4420794600" + (10 + i), primary);
            default ->
                given.postal(
                    new PostalAddress(List.of(i + " High Street"), "Leeds", null, null, "GB"),
                    ContactPurpose.values()[i % ContactPurpose.values().length],
                    primary);
          });
    }
    Set<String> tags = new HashSet<>();
    IntStream.range(0, Customer.MAX_TAGS).forEach(i -> tags.add("tag-" + i + ".x:y_z"));
    Customer customer = given.aPerson().toBuilder().contactPoints(points).tags(tags).build();

    // when
    insert(customer);

    // then
    Customer found = find(customer.id()).orElseThrow();
    assertThat(found.contactPoints()).containsExactlyElementsOf(points);
    assertThat(found.tags()).hasSize(Customer.MAX_TAGS).isEqualTo(customer.tags());
  }

  @Test
  @DisplayName("insert: keeps timestamps to the microsecond, before 1970 and after 2038")
  void insert_extremeTimestamps_roundTripToTheMicrosecond() {
    // given
    Customer customer =
        Customer.builder(
                given.customerId(),
                new Person("Neil", LocalDate.of(1930, 8, 5), null),
                Instant.parse("1969-07-20T20:17:40.000001Z"))
            .updatedAt(Instant.parse("2038-01-19T03:14:08.999999Z"))
            .build();

    // when
    insert(customer);

    // then
    Customer found = find(customer.id()).orElseThrow();
    assertThat(found.createdAt()).isEqualTo(Instant.parse("1969-07-20T20:17:40.000001Z"));
    assertThat(found.updatedAt()).isEqualTo(Instant.parse("2038-01-19T03:14:08.999999Z"));
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException and keeps the stored customer")
  void insert_takenId_throwsDuplicateAndKeepsStored() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    Customer sameId = stored.toBuilder().displayName("Impostor").build();

    // when / then
    assertThatThrownBy(() -> insert(sameId))
        .isInstanceOf(DuplicateRecordException.class)
        .satisfies(e -> assertThat(((DuplicateRecordException) e).id()).isEqualTo(stored.id()));
    assertThat(find(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("insertAll: stores every one of 250 customers")
  void insertAll_manyCustomers_storesEveryOne() {
    // given
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      customers.add(i % 5 == 0 ? given.anOrganisation() : given.aPersonNamed("Customer " + i));
    }

    // when
    storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, customers));

    // then
    List<Customer> found =
        storage()
            .inTransaction(
                tx ->
                    tx.customers().findAll(tenant, customers.stream().map(Customer::id).toList()));
    assertThat(found).containsExactlyInAnyOrderElementsOf(customers);
    assertThat(count()).isEqualTo(250);
  }

  @Test
  @DisplayName("insertAll: one taken id throws DuplicateRecordException and the unit stores none")
  void insertAll_oneIdTaken_throwsDuplicateAndStoresNone() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    List<Customer> batch =
        List.of(given.aPerson(), given.aPerson(), stored.toBuilder().displayName("Again").build());

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, batch)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(find(batch.get(0).id())).isEmpty();
    assertThat(find(batch.get(1).id())).isEmpty();
    assertThat(find(stored.id())).contains(stored);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  @DisplayName("insertAll: an id repeated within the batch throws DuplicateRecordException")
  void insertAll_idRepeatedInBatch_throwsDuplicate() {
    // given
    Customer customer = given.aPerson();
    List<Customer> batch = List.of(customer, customer.toBuilder().displayName("Twin").build());

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, batch)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(find(customer.id())).isEmpty();
  }

  @Test
  @DisplayName("update: with the stored version stores the customer and returns it at version + 1")
  void update_currentVersion_storesAndReturnsNextVersion() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    Customer changed =
        stored.changeStatus(CustomerStatus.DORMANT, given.later()).toBuilder()
            .displayName("Amelia Hartley-Jones")
            .build();

    // when
    Customer returned = update(changed);

    // then
    assertThat(returned).isEqualTo(changed.toBuilder().version(2).build());
    assertThat(find(stored.id())).contains(returned);
  }

  @Test
  @DisplayName("update: replaces every field, to other values and to absent ones")
  void update_everyFieldChanged_roundTrips() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    Customer organisation = given.anOrganisation();
    Customer changed =
        stored.toBuilder()
            .party(organisation.party())
            .displayName("Renamed \u00c6sir 'Ltd'")
            .status(CustomerStatus.CLOSED)
            .contactPoints(organisation.contactPoints())
            .preferredLanguage(null)
            .tags(Set.of())
            .owner(null)
            .branch(null)
            .updatedAt(given.later())
            .build();

    // when
    Customer returned = update(changed);

    // then
    assertThat(returned).isEqualTo(changed.toBuilder().version(2).build());
    assertThat(find(stored.id())).contains(returned);
  }

  @Test
  @DisplayName("update: each update bumps the version by exactly one")
  void update_twice_reachesVersionThree() {
    // given
    Customer stored = given.aPerson();
    insert(stored);

    // when
    Customer second = update(stored.toBuilder().displayName("Second").build());
    Customer third = update(second.toBuilder().displayName("Third").build());

    // then
    assertThat(second.version()).isEqualTo(2);
    assertThat(third.version()).isEqualTo(3);
    assertThat(find(stored.id())).contains(third);
  }

  @Test
  @DisplayName("update: a stale version throws ConcurrentUpdateException and changes nothing")
  void update_staleVersion_throwsConcurrentUpdateAndChangesNothing() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    Customer current = update(stored.toBuilder().displayName("First writer").build());
    Customer stale = stored.toBuilder().displayName("Second writer").build();

    // when / then
    assertThatThrownBy(() -> update(stale))
        .isInstanceOf(ConcurrentUpdateException.class)
        .satisfies(
            e -> {
              ConcurrentUpdateException conflict = (ConcurrentUpdateException) e;
              assertThat(conflict.id()).isEqualTo(stored.id());
              assertThat(conflict.expectedVersion()).isEqualTo(1);
            });
    assertThat(find(stored.id())).contains(current);
  }

  @Test
  @DisplayName("update: a version ahead of the stored one throws ConcurrentUpdateException")
  void update_versionAhead_throwsConcurrentUpdate() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    Customer ahead = stored.toBuilder().version(2).displayName("From the future").build();

    // when / then
    assertThatThrownBy(() -> update(ahead)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("update: an unknown customer throws CustomerNotFoundException and stores nothing")
  void update_unknownCustomer_throwsNotFound() {
    // given
    Customer neverStored = given.aPerson();

    // when / then
    assertThatThrownBy(() -> update(neverStored))
        .isInstanceOf(CustomerNotFoundException.class)
        .satisfies(
            e -> assertThat(((CustomerNotFoundException) e).id()).isEqualTo(neverStored.id()));
    assertThat(find(neverStored.id())).isEmpty();
  }

  private void insert(Customer... customers) {
    storage()
        .inTransactionDo(
            tx -> {
              for (Customer customer : customers) {
                tx.customers().insert(tenant, customer);
              }
            });
  }

  private Customer update(Customer customer) {
    return storage().inTransaction(tx -> tx.customers().update(tenant, customer));
  }

  private Optional<Customer> find(CustomerId id) {
    return storage().inTransaction(tx -> tx.customers().find(tenant, id));
  }

  private long count() {
    return storage().<Long>inTransaction(tx -> tx.customers().count(tenant));
  }
}
