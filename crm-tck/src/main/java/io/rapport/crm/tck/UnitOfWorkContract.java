package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.Fixtures.aDraft;
import static io.rapport.crm.tck.internal.Fixtures.primaryMember;
import static io.rapport.crm.tck.internal.Fixtures.secondaryMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.UnitOfWork;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.StorageSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link CrmStorage#inTransaction} and {@link UnitOfWork}: work that throws leaves
 * nothing behind in any port and its exception reaches the caller unchanged; work that returns
 * commits and its result passes through; a unit sees its own writes; a nested call joins the
 * current unit; a unit is unusable once its call has ended.
 */
public abstract class UnitOfWorkContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected UnitOfWorkContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  /** Thrown by test work to force a rollback; tests check it arrives unchanged. */
  private static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Boom() {
      super("boom");
    }
  }

  @Test
  @DisplayName("inTransaction: work that throws rolls back every write of every port")
  void inTransaction_workThrows_rollsBackEveryPort() {
    // given
    Customer alice = given.aPerson();
    Customer bob = given.anOrganisation();
    Customer carol = given.aPersonNamed("Carol");
    Relationship married = given.aRelationship(alice.id(), bob.id());
    Household household = given.aHousehold(primaryMember(alice.id()));
    Holding account = given.aHolding(alice.id());
    Holding closing = given.aHolding(alice.id());
    var event = given.anEvent(alice.id().toString());
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, List.of(alice, bob));
              tx.relationships().insert(tenant, married);
              tx.households().insert(tenant, household);
              tx.holdings().insertAll(tenant, List.of(account, closing));
              AuditHead head = tx.audit().lockHead(tenant);
              tx.audit().append(tenant, given.chain(head, List.of(aDraft("c-1"))));
              tx.outbox().append(tenant, List.of(event));
            });
    List<CustomerId> ids = List.of(alice.id(), bob.id(), carol.id());
    StorageSnapshot before = StorageSnapshot.take(storage(), tenant, ids);
    Boom boom = new Boom();

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.customers().insert(tenant, carol);
                          tx.customers()
                              .update(tenant, alice.toBuilder().displayName("Changed").build());
                          tx.relationships()
                              .insert(tenant, given.aRelationship(bob.id(), carol.id()));
                          tx.relationships().update(tenant, married.end(LocalDate.of(2025, 1, 1)));
                          tx.households()
                              .insert(tenant, given.aHousehold(primaryMember(carol.id())));
                          tx.households()
                              .update(tenant, household.addMember(secondaryMember(bob.id())));
                          tx.holdings().insert(tenant, given.aHolding(carol.id()));
                          tx.holdings()
                              .update(
                                  tenant,
                                  account.refreshedFrom(
                                      given.aHolding(
                                          alice.id(),
                                          Money.of("0.01", "EUR"),
                                          account.accountReference())));
                          tx.holdings().delete(tenant, closing.id(), closing.version());
                          AuditHead head = tx.audit().lockHead(tenant);
                          tx.audit().append(tenant, given.chain(head, List.of(aDraft("c-2"))));
                          tx.outbox().append(tenant, List.of(given.anEvent(carol.id().toString())));
                          tx.outbox().markDelivered(tenant, List.of(event.id()));
                          throw boom;
                        }));

    // then
    assertThat(thrown).isSameAs(boom);
    assertThat(StorageSnapshot.take(storage(), tenant, ids)).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "inTransaction: after a rolled-back append the chain continues from the committed head")
  void inTransaction_rolledBackAuditAppend_chainContinuesFromCommittedHead() {
    // given
    appendAudit("c-1");
    catchThrowable(
        () ->
            storage()
                .inTransactionDo(
                    tx -> {
                      AuditHead head = tx.audit().lockHead(tenant);
                      tx.audit().append(tenant, given.chain(head, List.of(aDraft("c-2"))));
                      throw new Boom();
                    }));

    // when
    AuditEntry next = appendAudit("c-3");

    // then
    assertThat(next.sequence()).isEqualTo(2);
    List<AuditEntry> all = storage().inTransaction(tx -> tx.audit().read(tenant, 1, 100));
    AuditHead head = storage().inTransaction(tx -> tx.audit().head(tenant));
    assertThat(AuditChain.verify(all.iterator(), head).intact()).isTrue();
  }

  @Test
  @DisplayName("inTransaction: a port's refusal rolls back the unit's earlier writes, unwrapped")
  void inTransaction_refusedWriteMidUnit_rollsBackEarlierWrites() {
    // given
    Customer stored = given.aPerson();
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, stored));
    Customer fresh = given.aPerson();

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.customers().insert(tenant, fresh);
                          tx.customers().insert(tenant, stored);
                        }));

    // then
    assertThat(thrown).isExactlyInstanceOf(DuplicateRecordException.class);
    assertThat(find(fresh.id())).isEmpty();
  }

  @Test
  @DisplayName("inTransaction: the work's result is returned as is, null included")
  void inTransaction_returnValue_passesThrough() {
    // given
    Object result = new Object();

    // when
    Object returned = storage().inTransaction(tx -> result);
    Object nothing = storage().inTransaction(tx -> null);

    // then
    assertThat(returned).isSameAs(result);
    assertThat(nothing).isNull();
  }

  @Test
  @DisplayName("UnitOfWork: a unit sees its own uncommitted writes in every read")
  void unit_readsOwnWrites_beforeCommit() {
    // given
    Customer customer = given.aPerson();
    EmailAddress email =
        EmailAddress.of(((EmailContact) customer.contactPoints().get(0)).email().value());

    // when
    List<Object> seen =
        storage()
            .inTransaction(
                tx -> {
                  tx.customers().insert(tenant, customer);
                  Customer updated =
                      tx.customers().update(tenant, customer.toBuilder().displayName("Z").build());
                  return List.of(
                      tx.customers().find(tenant, customer.id()).orElseThrow(),
                      tx.customers().count(tenant),
                      tx.customers().findByEmail(tenant, email),
                      tx.customers()
                          .search(tenant, CustomerQuery.nameStartsWith("z"), PageRequest.first(10))
                          .items(),
                      updated);
                });

    // then
    Customer updated = (Customer) seen.get(4);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(seen.get(0)).isEqualTo(updated);
    assertThat(seen.get(1)).isEqualTo(1L);
    assertThat(seen.get(2)).isEqualTo(List.of(updated));
    assertThat(seen.get(3)).isEqualTo(List.of(updated));
  }

  @Test
  @DisplayName("inTransaction: a nested call joins the unit and sees its writes; both commit")
  void inTransaction_nested_joinsOuterUnit() {
    // given
    Customer outer = given.aPerson();
    Customer inner = given.aPerson();

    // when
    boolean innerSawOuter =
        storage()
            .inTransaction(
                tx -> {
                  tx.customers().insert(tenant, outer);
                  return storage()
                      .inTransaction(
                          nested -> {
                            nested.customers().insert(tenant, inner);
                            return nested.customers().find(tenant, outer.id()).isPresent();
                          });
                });

    // then
    assertThat(innerSawOuter).isTrue();
    assertThat(find(outer.id())).contains(outer);
    assertThat(find(inner.id())).contains(inner);
  }

  @Test
  @DisplayName("inTransaction: when the outer work throws, the nested call's writes roll back too")
  void inTransaction_outerThrowsAfterNested_rollsBackNestedWrites() {
    // given
    Customer outer = given.aPerson();
    Customer inner = given.aPerson();
    Boom boom = new Boom();

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.customers().insert(tenant, outer);
                          storage()
                              .inTransactionDo(nested -> nested.customers().insert(tenant, inner));
                          throw boom;
                        }));

    // then
    assertThat(thrown).isSameAs(boom);
    assertThat(find(outer.id())).isEmpty();
    assertThat(find(inner.id())).isEmpty();
  }

  @Test
  @DisplayName("inTransaction: an exception of a nested call reaches the caller; nothing is stored")
  void inTransaction_nestedThrows_rollsBackEverything() {
    // given
    Customer outer = given.aPerson();
    Customer stale = given.aPerson();
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, stale));

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                storage()
                    .inTransactionDo(
                        tx -> {
                          tx.customers().insert(tenant, outer);
                          storage()
                              .inTransactionDo(
                                  nested ->
                                      nested
                                          .customers()
                                          .update(tenant, stale.toBuilder().version(7).build()));
                        }));

    // then
    assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(outer.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "UnitOfWork: using a unit after its inTransaction call ended throws IllegalStateException")
  void unit_usedAfterItsTransaction_throwsIllegalState() {
    // given
    AtomicReference<UnitOfWork> escaped = new AtomicReference<>();
    storage().inTransactionDo(escaped::set);
    Customer customer = given.aPerson();

    // when / then
    assertThatThrownBy(() -> escaped.get().customers().insert(tenant, customer))
        .isInstanceOf(IllegalStateException.class);
    assertThat(find(customer.id())).isEmpty();
  }

  @Test
  @DisplayName("CrmStorage: has a short name and declares its features")
  void storage_nameAndFeatures_arePresent() {
    // when
    String name = storage().name();

    // then
    assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(64);
    assertThat(storage().features()).isNotNull();
  }

  private AuditEntry appendAudit(String recordId) {
    return storage()
        .inTransaction(
            tx -> {
              List<AuditEntry> entries =
                  given.chain(tx.audit().lockHead(tenant), List.of(aDraft(recordId)));
              tx.audit().append(tenant, entries);
              return entries.get(0);
            });
  }

  private Optional<Customer> find(CustomerId id) {
    return storage().inTransaction(tx -> tx.customers().find(tenant, id));
  }
}
