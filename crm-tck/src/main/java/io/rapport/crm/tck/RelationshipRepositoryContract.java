package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contract of {@link io.rapport.crm.spi.RelationshipRepository}: relationships round trip exactly,
 * inserts refuse taken ids, updates are optimistic, and {@code forCustomer} lists every
 * relationship a customer is either party to, ended ones included, ordered by id. The customers
 * related are always stored first, so adapters may enforce foreign keys.
 */
public abstract class RelationshipRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected RelationshipRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @ParameterizedTest
  @EnumSource(RelationshipType.class)
  @DisplayName("insert: stores a relationship of every type exactly as given")
  void insert_everyType_roundTripsExactly(RelationshipType type) {
    // given
    CustomerId from = aStoredCustomer();
    CustomerId to = aStoredCustomer();
    Relationship relationship = given.aRelationship(from, to, type);

    // when
    insert(relationship);

    // then
    assertThat(find(relationship.id())).contains(relationship);
  }

  @Test
  @DisplayName("insert: stores an ended relationship with both dates")
  void insert_endedRelationship_roundTripsBothDates() {
    // given
    Relationship ended =
        given
            .aRelationship(aStoredCustomer(), aStoredCustomer(), RelationshipType.GUARDIAN)
            .end(LocalDate.of(2024, 12, 31));

    // when
    insert(ended);

    // then
    Relationship found = find(ended.id()).orElseThrow();
    assertThat(found).isEqualTo(ended);
    assertThat(found.validThru()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException and keeps the stored one")
  void insert_takenId_throwsDuplicate() {
    // given
    Relationship stored = given.aRelationship(aStoredCustomer(), aStoredCustomer());
    insert(stored);
    Relationship sameId =
        new Relationship(
            stored.id(),
            1,
            stored.to(),
            stored.from(),
            RelationshipType.PARTNER,
            LocalDate.of(2001, 1, 1),
            null);

    // when / then
    assertThatThrownBy(() -> insert(sameId)).isInstanceOf(DuplicateRecordException.class);
    assertThat(find(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("insertAll: stores many relationships exactly as given")
  void insertAll_many_roundTripExactly() {
    // given: every ordered pair of 12 customers, 132 relationships
    List<CustomerId> customers = storedCustomers(12);
    List<Relationship> relationships = new ArrayList<>();
    for (CustomerId from : customers) {
      for (CustomerId to : customers) {
        if (!from.equals(to)) {
          relationships.add(given.aRelationship(from, to, RelationshipType.BENEFICIARY));
        }
      }
    }

    // when
    storage().inTransactionDo(tx -> tx.relationships().insertAll(tenant, relationships));

    // then
    for (Relationship relationship : relationships) {
      assertThat(find(relationship.id())).contains(relationship);
    }
    List<Relationship> ofFirst =
        storage().inTransaction(tx -> tx.relationships().forCustomer(tenant, customers.get(0)));
    assertThat(ofFirst).hasSize(22);
  }

  @Test
  @DisplayName("insertAll: an id twice in the list throws DuplicateRecordException, stores nothing")
  void insertAll_idTwiceInList_throwsDuplicateAndStoresNothing() {
    // given
    CustomerId from = aStoredCustomer();
    CustomerId to = aStoredCustomer();
    Relationship first = given.aRelationship(from, to);
    Relationship other = given.aRelationship(to, from, RelationshipType.PARENT);
    Relationship sameId =
        new Relationship(
            first.id(), 1, to, from, RelationshipType.PARTNER, LocalDate.of(2001, 1, 1), null);
    List<Relationship> batch = List.of(first, other, sameId);

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.relationships().insertAll(tenant, batch)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(find(first.id())).isEmpty();
    assertThat(find(other.id())).isEmpty();
  }

  @Test
  @DisplayName("insertAll: an id already stored throws DuplicateRecordException, stores nothing")
  void insertAll_idTakenByStored_throwsDuplicateAndStoresNothing() {
    // given
    CustomerId from = aStoredCustomer();
    CustomerId to = aStoredCustomer();
    Relationship stored = given.aRelationship(from, to);
    insert(stored);
    Relationship before = given.aRelationship(to, from, RelationshipType.PARENT);
    Relationship sameId =
        new Relationship(
            stored.id(), 1, to, from, RelationshipType.PARTNER, LocalDate.of(2001, 1, 1), null);
    Relationship after = given.aRelationship(from, to, RelationshipType.GUARDIAN);
    List<Relationship> batch = List.of(before, sameId, after);

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.relationships().insertAll(tenant, batch)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(find(stored.id())).contains(stored);
    assertThat(find(before.id())).isEmpty();
    assertThat(find(after.id())).isEmpty();
  }

  @Test
  @DisplayName("update: with the stored version stores it and returns it at version + 1")
  void update_currentVersion_storesNextVersion() {
    // given
    Relationship stored = given.aRelationship(aStoredCustomer(), aStoredCustomer());
    insert(stored);

    Relationship ended = stored.end(LocalDate.of(2025, 1, 1));

    // when
    Relationship returned = update(ended);

    // then
    assertThat(returned)
        .isEqualTo(
            new Relationship(
                ended.id(),
                2,
                ended.from(),
                ended.to(),
                ended.type(),
                ended.validFrom(),
                ended.validThru()));
    assertThat(find(stored.id())).contains(returned);
  }

  @Test
  @DisplayName("update: a stale version throws ConcurrentUpdateException and changes nothing")
  void update_staleVersion_throwsConcurrentUpdate() {
    // given
    Relationship stored = given.aRelationship(aStoredCustomer(), aStoredCustomer());
    insert(stored);
    Relationship current = update(stored.end(LocalDate.of(2025, 1, 1)));

    // when / then
    assertThatThrownBy(() -> update(stored.end(LocalDate.of(2030, 6, 30))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(stored.id())).contains(current);
  }

  @Test
  @DisplayName("update: an unknown relationship throws RecordNotFoundException")
  void update_unknown_throwsNotFound() {
    // given
    Relationship neverStored = given.aRelationship(aStoredCustomer(), aStoredCustomer());

    // when / then
    assertThatThrownBy(() -> update(neverStored)).isInstanceOf(RecordNotFoundException.class);
    assertThat(find(neverStored.id())).isEmpty();
  }

  @Test
  @DisplayName("get: an unknown id throws RecordNotFoundException")
  void get_unknownId_throwsNotFound() {
    // given
    RelationshipId unknown = new RelationshipId(given.nextUuid());

    // when / then
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.relationships().get(tenant, unknown)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  @DisplayName("forCustomer: lists relationships from and to the customer, ended ones, by id")
  void forCustomer_eitherParty_listsAllOrderedById() {
    // given
    CustomerId subject = aStoredCustomer();
    CustomerId spouse = aStoredCustomer();
    CustomerId child = aStoredCustomer();
    CustomerId employer = aStoredCustomer();
    List<Relationship> involving = new ArrayList<>();
    involving.add(given.aRelationship(subject, spouse, RelationshipType.SPOUSE));
    involving.add(given.aRelationship(subject, child, RelationshipType.PARENT));
    involving.add(
        given
            .aRelationship(employer, subject, RelationshipType.EMPLOYER)
            .end(LocalDate.of(2023, 3, 31)));
    Relationship unrelated = given.aRelationship(spouse, child, RelationshipType.GUARDIAN);
    storage()
        .inTransactionDo(
            tx -> {
              tx.relationships().insert(tenant, unrelated);
              for (int i = involving.size() - 1; i >= 0; i--) {
                tx.relationships().insert(tenant, involving.get(i));
              }
            });

    // when
    List<Relationship> found =
        storage().inTransaction(tx -> tx.relationships().forCustomer(tenant, subject));

    // then
    assertThat(found)
        .containsExactlyElementsOf(
            involving.stream().sorted(Comparator.comparing(r -> r.id().toString())).toList());
  }

  @Test
  @DisplayName("forCustomer: a customer without relationships gets an empty list")
  void forCustomer_none_isEmpty() {
    // given
    CustomerId loner = aStoredCustomer();
    insert(given.aRelationship(aStoredCustomer(), aStoredCustomer()));

    // when
    List<Relationship> found =
        storage().inTransaction(tx -> tx.relationships().forCustomer(tenant, loner));

    // then
    assertThat(found).isEmpty();
  }

  private CustomerId aStoredCustomer() {
    Customer customer =
        Customer.builder(given.customerId(), new Person("Party", null, null), given.now()).build();
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, customer));
    return customer.id();
  }

  private List<CustomerId> storedCustomers(int count) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      customers.add(
          Customer.builder(given.customerId(), new Person("Party", null, null), given.now())
              .build());
    }
    storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, customers));
    return customers.stream().map(Customer::id).toList();
  }

  private void insert(Relationship relationship) {
    storage().inTransactionDo(tx -> tx.relationships().insert(tenant, relationship));
  }

  private Relationship update(Relationship relationship) {
    return storage().inTransaction(tx -> tx.relationships().update(tenant, relationship));
  }

  private Optional<Relationship> find(RelationshipId id) {
    return storage().inTransaction(tx -> tx.relationships().find(tenant, id));
  }
}
