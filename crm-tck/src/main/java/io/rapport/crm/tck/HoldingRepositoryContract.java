package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract of {@link io.rapport.crm.spi.HoldingRepository}: holdings round trip exactly, money at
 * the scale of its currency and card references truncated; a customer holds an account reference at
 * most once; updates and deletes are optimistic.
 */
public abstract class HoldingRepositoryContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected HoldingRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  static Stream<Named<Money>> balances() {
    return Stream.of(
        Named.of("EUR, 2 decimals", Money.of("1520.75", "EUR")),
        Named.of("EUR overdraft", Money.of("-250.05", "EUR")),
        Named.of("zero", Money.of("0", "GBP")),
        Named.of("JPY, no decimals", Money.of("1500000", "JPY")),
        Named.of("BHD, 3 decimals", Money.of("12.345", "BHD")),
        Named.of("KWD, 3 decimals, smallest unit", Money.of("0.001", "KWD")),
        Named.of("CLF, 4 decimals", Money.of("1234.5678", "CLF")),
        Named.of("USD, trillions", Money.of("123456789012345.67", "USD")),
        Named.of("CHF, trailing zero", Money.of("10.50", "CHF")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("balances")
  @DisplayName("insert: stores the balance exactly, currency and scale included")
  void insert_balance_roundTripsExactly(Money balance) {
    // given
    Holding holding = given.aHolding(aStoredCustomer(), balance, AccountReference.of("ACC-1"));

    // when
    insert(holding);

    // then
    Holding found = find(holding.id()).orElseThrow();
    assertThat(found).isEqualTo(holding);
    assertThat(found.balance().amount()).isEqualByComparingTo(balance.amount());
    assertThat(found.balance().amount().scale()).isEqualTo(balance.amount().scale());
    assertThat(found.balance().currency()).isEqualTo(balance.currency());
  }

  @Test
  @DisplayName("insert: stores every field of a closed card holding, reference truncated")
  void insert_closedCardHolding_roundTripsEveryField() {
    // given
    AccountReference card = AccountReference.card("4111 1111 1111 1111");
    Holding holding =
        new Holding(
            new HoldingId(given.nextUuid()),
            1,
            aStoredCustomer(),
            ProductType.CREDIT_CARD,
            "Platinum Card 'Reward+' 100% \u2013 返金",
            card,
            HoldingRole.SIGNATORY,
            Money.of("-1999.99", "GBP"),
            LocalDate.of(2016, 2, 29),
            LocalDate.of(2024, 11, 30),
            Instant.parse("2024-12-01T00:00:00.000001Z"));

    // when
    insert(holding);

    // then
    Holding found = find(holding.id()).orElseThrow();
    assertThat(found).isEqualTo(holding);
    assertThat(found.accountReference().value()).isEqualTo("************1111");
    assertThat(found.accountReference().truncatedCard()).isTrue();
  }

  @Test
  @DisplayName("insert: a taken id throws DuplicateRecordException")
  void insert_takenId_throwsDuplicate() {
    // given
    Holding stored = given.aHolding(aStoredCustomer());
    insert(stored);
    Holding sameId =
        stored.refreshedFrom(
            given.aHolding(
                stored.customer(), Money.of("1", "EUR"), AccountReference.of("OTHER-REF")));

    // when / then
    assertThatThrownBy(() -> insert(sameId)).isInstanceOf(DuplicateRecordException.class);
    assertThat(find(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("insert: the same account reference twice for a customer throws, second not stored")
  void insert_accountReferenceTwiceForCustomer_throwsDuplicate() {
    // given
    CustomerId customer = aStoredCustomer();
    AccountReference reference = AccountReference.of("GB29 NWBK 6016 1331 9268 19");
    insert(given.aHolding(customer, Money.of("1.00", "EUR"), reference));
    Holding again = given.aHolding(customer, Money.of("2.00", "EUR"), reference);

    // when / then
    assertThatThrownBy(() -> insert(again)).isInstanceOf(DuplicateRecordException.class);
    assertThat(find(again.id())).isEmpty();
    assertThat(forCustomer(customer)).hasSize(1);
  }

  @Test
  @DisplayName("insert: two customers may hold the same account reference (joint account)")
  void insert_sameAccountReferenceForTwoCustomers_isStored() {
    // given
    AccountReference joint = AccountReference.of("JOINT-0001");
    Holding first = given.aHolding(aStoredCustomer(), Money.of("10.00", "EUR"), joint);
    Holding second = given.aHolding(aStoredCustomer(), Money.of("10.00", "EUR"), joint);

    // when
    insert(first);
    insert(second);

    // then
    assertThat(find(first.id())).contains(first);
    assertThat(find(second.id())).contains(second);
  }

  @Test
  @DisplayName("insertAll: stores every one of many holdings; forCustomer lists them by id")
  void insertAll_manyHoldings_storesEveryOneOrderedById() {
    // given
    CustomerId customer = aStoredCustomer();
    List<Holding> holdings = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      holdings.add(given.aHolding(customer));
    }
    List<Holding> shuffled = new ArrayList<>(holdings);
    Collections.reverse(shuffled);

    // when
    storage().inTransactionDo(tx -> tx.holdings().insertAll(tenant, shuffled));

    // then
    assertThat(forCustomer(customer))
        .containsExactlyElementsOf(
            holdings.stream().sorted(Comparator.comparing(h -> h.id().toString())).toList());
  }

  @Test
  @DisplayName("insertAll: a repeated account reference throws and the unit stores none")
  void insertAll_repeatedReference_throwsAndStoresNone() {
    // given
    CustomerId customer = aStoredCustomer();
    AccountReference reference = AccountReference.of("DUP-1");
    List<Holding> batch =
        List.of(
            given.aHolding(customer),
            given.aHolding(customer, Money.of("1", "EUR"), reference),
            given.aHolding(customer, Money.of("2", "EUR"), reference));

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.holdings().insertAll(tenant, batch)))
        .isInstanceOf(DuplicateRecordException.class);
    assertThat(forCustomer(customer)).isEmpty();
  }

  @Test
  @DisplayName("update: with the stored version stores it and returns it at version + 1")
  void update_currentVersion_storesNextVersion() {
    // given
    Holding stored = given.aHolding(aStoredCustomer());
    insert(stored);
    Holding snapshot =
        new Holding(
            stored.id(),
            stored.version(),
            stored.customer(),
            ProductType.SAVINGS,
            "Renamed Saver",
            AccountReference.of("NEW-REF-9"),
            HoldingRole.JOINT_OWNER,
            Money.of("99999.99", "EUR"),
            stored.openedOn(),
            LocalDate.of(2025, 1, 14),
            given.later());

    // when
    Holding returned = update(snapshot);

    // then
    assertThat(returned.version()).isEqualTo(2);
    assertThat(returned.sameValuesAs(snapshot)).isTrue();
    assertThat(returned.asOf()).isEqualTo(snapshot.asOf());
    assertThat(find(stored.id())).contains(returned);
  }

  @Test
  @DisplayName("update: a stale version throws ConcurrentUpdateException and changes nothing")
  void update_staleVersion_throwsConcurrentUpdate() {
    // given
    Holding stored = given.aHolding(aStoredCustomer());
    insert(stored);
    Holding current = update(withBalance(stored, Money.of("5.00", "EUR")));

    // when / then
    assertThatThrownBy(() -> update(withBalance(stored, Money.of("6.00", "EUR"))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(stored.id())).contains(current);
  }

  @Test
  @DisplayName("update: an unknown holding throws RecordNotFoundException")
  void update_unknown_throwsNotFound() {
    // given
    Holding neverStored = given.aHolding(aStoredCustomer());

    // when / then
    assertThatThrownBy(() -> update(neverStored)).isInstanceOf(RecordNotFoundException.class);
    assertThat(find(neverStored.id())).isEmpty();
  }

  @Test
  @DisplayName("update: to a reference the customer holds elsewhere throws, nothing changes")
  void update_toReferenceHeldElsewhere_throwsDuplicate() {
    // given
    CustomerId customer = aStoredCustomer();
    Holding first = given.aHolding(customer, Money.of("1", "EUR"), AccountReference.of("REF-A"));
    Holding second = given.aHolding(customer, Money.of("1", "EUR"), AccountReference.of("REF-B"));
    insert(first);
    insert(second);
    Holding clash =
        second.refreshedFrom(
            given.aHolding(customer, Money.of("1", "EUR"), AccountReference.of("REF-A")));

    // when / then
    assertThatThrownBy(() -> update(clash)).isInstanceOf(DuplicateRecordException.class);
    assertThat(find(second.id())).contains(second);
  }

  @Test
  @DisplayName("delete: with the stored version removes the holding; its reference is free again")
  void delete_currentVersion_removesHolding() {
    // given
    Holding stored = given.aHolding(aStoredCustomer());
    insert(stored);
    Holding updated = update(withBalance(stored, Money.of("0.00", "EUR")));

    // when
    storage().inTransactionDo(tx -> tx.holdings().delete(tenant, stored.id(), updated.version()));

    // then
    assertThat(find(stored.id())).isEmpty();
    Holding reopened =
        given.aHolding(stored.customer(), Money.of("1", "EUR"), stored.accountReference());
    insert(reopened);
    assertThat(forCustomer(stored.customer())).containsExactly(reopened);
  }

  @Test
  @DisplayName("delete: a stale version throws ConcurrentUpdateException and keeps the holding")
  void delete_staleVersion_throwsConcurrentUpdate() {
    // given
    Holding stored = given.aHolding(aStoredCustomer());
    insert(stored);
    Holding current = update(withBalance(stored, Money.of("3.00", "EUR")));

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.holdings().delete(tenant, stored.id(), 1)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(stored.id())).contains(current);
  }

  @Test
  @DisplayName("delete: an unknown holding throws RecordNotFoundException")
  void delete_unknown_throwsNotFound() {
    // given
    HoldingId unknown = new HoldingId(given.nextUuid());

    // when / then
    assertThatThrownBy(
            () -> storage().inTransactionDo(tx -> tx.holdings().delete(tenant, unknown, 1)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private static Holding withBalance(Holding holding, Money balance) {
    return new Holding(
        holding.id(),
        holding.version(),
        holding.customer(),
        holding.productType(),
        holding.productName(),
        holding.accountReference(),
        holding.role(),
        balance,
        holding.openedOn(),
        holding.closedOn(),
        holding.asOf());
  }

  private CustomerId aStoredCustomer() {
    Customer customer =
        Customer.builder(given.customerId(), new Person("Holder", null, null), given.now()).build();
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, customer));
    return customer.id();
  }

  private void insert(Holding holding) {
    storage().inTransactionDo(tx -> tx.holdings().insert(tenant, holding));
  }

  private Holding update(Holding holding) {
    return storage().inTransaction(tx -> tx.holdings().update(tenant, holding));
  }

  private Optional<Holding> find(HoldingId id) {
    return storage().inTransaction(tx -> tx.holdings().find(tenant, id));
  }

  private List<Holding> forCustomer(CustomerId customer) {
    return storage().inTransaction(tx -> tx.holdings().forCustomer(tenant, customer));
  }
}
