package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.Fixtures.aDraft;
import static io.rapport.crm.tck.internal.Fixtures.primaryMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.UnitOfWork;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.StorageSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of tenant scoping across every port: no read of tenant B shows tenant A's data, no write
 * of B reaches A's records (they are "not found"), and the same ids in two tenants are independent
 * records, with uniqueness rules and audit chains of their own.
 */
public abstract class TenantIsolationContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenantA = given.tenant();
  private final TenantId tenantB = Fixtures.freshTenant();
  private final Customer alice = given.aPerson();
  private final Customer bob = given.anOrganisation();
  private final Relationship relationship = given.aRelationship(alice.id(), bob.id());
  private final Household household = given.aHousehold(primaryMember(alice.id()));
  private final Holding holding = given.aHolding(alice.id());
  private final DomainEvent event = given.anEvent(alice.id().toString());

  /** For subclasses binding the contract to an adapter. */
  protected TenantIsolationContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("CustomerRepository: no read of another tenant shows the customers")
  void customerReads_otherTenant_seeNothing() {
    // given
    storeTenantA();
    EmailAddress email =
        alice.contactPoints().stream()
            .filter(EmailContact.class::isInstance)
            .map(point -> ((EmailContact) point).email())
            .findFirst()
            .orElseThrow();
    PhoneNumber phone =
        alice.contactPoints().stream()
            .filter(PhoneContact.class::isInstance)
            .map(point -> ((PhoneContact) point).phone())
            .findFirst()
            .orElseThrow();

    // when / then
    storage()
        .inTransactionDo(
            tx -> {
              assertThat(tx.customers().findByEmail(tenantA, email)).containsExactly(alice);
              assertThat(tx.customers().find(tenantB, alice.id())).isEmpty();
              assertThat(tx.customers().findAll(tenantB, List.of(alice.id(), bob.id()))).isEmpty();
              assertThat(tx.customers().findByEmail(tenantB, email)).isEmpty();
              assertThat(tx.customers().findByPhone(tenantB, phone)).isEmpty();
              assertThat(tx.customers().count(tenantB)).isZero();
              assertThat(search(tx, tenantB, CustomerQuery.all()).items()).isEmpty();
              assertThat(search(tx, tenantB, CustomerQuery.nameStartsWith("amelia")).items())
                  .isEmpty();
              assertThat(search(tx, tenantB, CustomerQuery.all().withTag("vip")).items()).isEmpty();
            });
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.customers().get(tenantB, alice.id())))
        .isInstanceOf(CustomerNotFoundException.class);
  }

  @Test
  @DisplayName(
      "Relationship, household, holding, audit and outbox reads: other tenant sees nothing")
  void otherPortReads_otherTenant_seeNothing() {
    // given
    storeTenantA();

    // when / then
    storage()
        .inTransactionDo(
            tx -> {
              assertThat(tx.relationships().find(tenantB, relationship.id())).isEmpty();
              assertThat(tx.relationships().forCustomer(tenantB, alice.id())).isEmpty();
              assertThat(tx.households().find(tenantB, household.id())).isEmpty();
              assertThat(tx.households().forMember(tenantB, alice.id())).isEmpty();
              assertThat(tx.holdings().find(tenantB, holding.id())).isEmpty();
              assertThat(tx.holdings().forCustomer(tenantB, alice.id())).isEmpty();
              assertThat(tx.audit().head(tenantB)).isEqualTo(AuditHead.EMPTY);
              assertThat(tx.audit().read(tenantB, 1, 100)).isEmpty();
              assertThat(tx.audit().forRecord(tenantB, "customer", alice.id().toString()))
                  .isEmpty();
              assertThat(tx.outbox().pending(tenantB, 100)).isEmpty();
            });
  }

  @Test
  @DisplayName("every write: another tenant cannot change the records, which stay as they were")
  void writes_otherTenant_cannotTouchRecords() {
    // given
    storeTenantA();
    List<CustomerId> ids = List.of(alice.id(), bob.id());
    StorageSnapshot before = StorageSnapshot.take(storage(), tenantA, ids);

    // when / then
    assertRefusedInB(
        tx -> tx.customers().update(tenantB, alice.toBuilder().displayName("B").build()),
        CustomerNotFoundException.class);
    assertRefusedInB(
        tx -> tx.relationships().update(tenantB, relationship.end(LocalDate.of(2025, 1, 1))),
        RecordNotFoundException.class);
    assertRefusedInB(
        tx -> tx.households().update(tenantB, household.rename("B")),
        RecordNotFoundException.class);
    assertRefusedInB(tx -> tx.holdings().update(tenantB, holding), RecordNotFoundException.class);
    assertRefusedInB(
        tx -> tx.holdings().delete(tenantB, holding.id(), holding.version()),
        RecordNotFoundException.class);
    storage().inTransactionDo(tx -> tx.outbox().markDelivered(tenantB, List.of(event.id())));
    assertThat(StorageSnapshot.take(storage(), tenantA, ids)).isEqualTo(before);
  }

  @Test
  @DisplayName("every port: the same ids in two tenants are independent records")
  void sameIds_twoTenants_areIndependent() {
    // given
    storeTenantA();
    Customer aliceInB = alice.toBuilder().displayName("Alice of B").build();
    Customer bobInB = bob.toBuilder().displayName("Bob of B").build();

    // when
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenantB, List.of(aliceInB, bobInB));
              tx.relationships().insert(tenantB, relationship);
              tx.households().insert(tenantB, household);
              tx.holdings().insert(tenantB, holding);
              AuditHead headOfB = tx.audit().lockHead(tenantB);
              tx.audit()
                  .append(
                      tenantB,
                      List.of(
                          AuditChain.append(
                              tenantB, headOfB, given.later(), Actor.user("u"), aDraft("c-1"))));
              tx.customers().update(tenantB, aliceInB.toBuilder().displayName("Alice B2").build());
              tx.holdings()
                  .update(
                      tenantB,
                      holding.refreshedFrom(
                          given.aHolding(
                              alice.id(), Money.of("7.00", "EUR"), holding.accountReference())));
            });

    // then
    storage()
        .inTransactionDo(
            tx -> {
              assertThat(tx.customers().find(tenantA, alice.id())).contains(alice);
              assertThat(tx.customers().find(tenantB, alice.id()).orElseThrow().version())
                  .isEqualTo(2);
              assertThat(tx.customers().find(tenantB, bob.id())).contains(bobInB);
              assertThat(tx.holdings().find(tenantA, holding.id())).contains(holding);
              assertThat(tx.holdings().find(tenantB, holding.id()).orElseThrow().balance())
                  .isEqualTo(Money.of("7.00", "EUR"));
              assertThat(tx.households().find(tenantB, household.id())).contains(household);
              assertThat(tx.relationships().find(tenantB, relationship.id()))
                  .contains(relationship);
              assertThat(tx.audit().head(tenantA).sequence()).isEqualTo(1);
              assertThat(tx.audit().head(tenantB).sequence()).isEqualTo(1);
              assertThat(tx.customers().count(tenantA)).isEqualTo(2);
              assertThat(tx.customers().count(tenantB)).isEqualTo(2);
            });
  }

  @Test
  @DisplayName("search: a cursor taken in one tenant pages only the other tenant's own rows")
  void search_cursorFromOtherTenant_returnsOnlyOwnRows() {
    // given
    storeTenantA();
    Customer carol = given.aPersonNamed("Zoe in B");
    storage().inTransactionDo(tx -> tx.customers().insert(tenantB, carol));
    Page<Customer> firstOfA =
        storage().inTransaction(tx -> search(tx, tenantA, CustomerQuery.all(), 1));

    // when
    Page<Customer> inB =
        storage()
            .inTransaction(
                tx ->
                    tx.customers()
                        .search(
                            tenantB, CustomerQuery.all(), PageRequest.after(firstOfA.next(), 10)));

    // then
    assertThat(inB.items()).containsExactly(carol);
  }

  private void storeTenantA() {
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenantA, List.of(alice, bob));
              tx.relationships().insert(tenantA, relationship);
              tx.households().insert(tenantA, household);
              tx.holdings().insert(tenantA, holding);
              List<AuditEntry> entries =
                  given.chain(tx.audit().lockHead(tenantA), List.of(aDraft(alice.id().toString())));
              tx.audit().append(tenantA, entries);
              tx.outbox().append(tenantA, List.of(event));
            });
  }

  private void assertRefusedInB(Consumer<UnitOfWork> write, Class<? extends Exception> refusal) {
    assertThatThrownBy(() -> storage().inTransactionDo(write)).isInstanceOf(refusal);
  }

  private static Page<Customer> search(UnitOfWork tx, TenantId tenant, CustomerQuery query) {
    return search(tx, tenant, query, 100);
  }

  private static Page<Customer> search(
      UnitOfWork tx, TenantId tenant, CustomerQuery query, int limit) {
    return tx.customers().search(tenant, query, PageRequest.first(limit));
  }
}
