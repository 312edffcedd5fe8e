package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.FinanceFixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.EventWrite;
import io.rapport.crm.tck.internal.FinanceFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.FinancialEventRepository}: events round trip exactly; a key
 * is stored once per tenant and type; re-storing reports "already present", other values under a
 * stored key "conflicting", and neither changes the stored event.
 */
public abstract class FinancialEventRepositoryContract {
  private final TenantId tenant = Fixtures.freshTenant();
  private final TenantId otherTenant = Fixtures.freshTenant();
  private final FinanceFixtures given = new FinanceFixtures();

  /** For subclasses binding the contract to an adapter. */
  protected FinancialEventRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("storeNew: new keys are stored and read back equal, amounts at currency scale")
  void storeNew_newEvents_storedAndReadBackEqual() {
    // given
    List<FinancialEvent> events =
        List.of(
            given.line(
                customer('a'),
                ProductType.MORTGAGE,
                LineKind.NET_INTEREST_MARGIN,
                "2025-01-31",
                "-20.05",
                "EUR"),
            given.line(customer('a'), null, LineKind.SERVICING, "2025-02-28", "8", "EUR"),
            given.line(
                customer('b'), ProductType.CREDIT_CARD, LineKind.FEE, "2025-03-01", "1500", "JPY"),
            given.purchase(customer('b'), "2025-03-02", "12.345", "BHD"),
            given.purchase(customer('c'), "2025-03-03", "0", "USD"));

    // when
    List<EventWrite> outcomes = store(tenant, events);

    // then
    assertThat(outcomes).containsOnly(EventWrite.STORED).hasSize(5);
    for (FinancialEvent event : events) {
      FinancialEvent found = find(tenant, event.type(), event.key()).orElseThrow();
      assertThat(found).isEqualTo(event);
      assertThat(found.amount().amount().scale())
          .isEqualTo(event.amount().currency().getDefaultFractionDigits());
    }
    assertThat(count(tenant, FinancialEventType.REVENUE)).isEqualTo(2);
    assertThat(count(tenant, FinancialEventType.COST)).isEqualTo(1);
    assertThat(count(tenant, FinancialEventType.PURCHASE)).isEqualTo(2);
  }

  @Test
  @DisplayName("storeNew: the same events again are already present and nothing changes")
  void storeNew_sameEventsAgain_alreadyPresentAndNothingChanges() {
    // given
    List<FinancialEvent> events =
        List.of(
            given.purchase(customer('a'), "2025-01-10", "10.00", "EUR"),
            given.line(
                customer('a'),
                ProductType.SAVINGS,
                LineKind.COMMISSION,
                "2025-01-11",
                "3.10",
                "EUR"));
    store(tenant, events);

    // when
    List<EventWrite> outcomes = store(tenant, events);

    // then
    assertThat(outcomes).containsExactly(EventWrite.ALREADY_PRESENT, EventWrite.ALREADY_PRESENT);
    assertThat(count(tenant, FinancialEventType.PURCHASE)).isEqualTo(1);
    assertThat(count(tenant, FinancialEventType.REVENUE)).isEqualTo(1);
  }

  @Test
  @DisplayName("storeNew: a stored key with other values is a conflict and the first values stay")
  void storeNew_storedKeyWithOtherValues_conflictingAndFirstValuesKept() {
    // given
    Purchase first = given.purchase(customer('a'), "2025-01-10", "10.00", "EUR");
    store(tenant, List.of(first));
    Purchase changed =
        Purchase.of(first.key(), first.customer(), first.day(), Money.of("10.01", "EUR"));

    // when
    List<EventWrite> outcomes = store(tenant, List.of(changed));

    // then
    assertThat(outcomes).containsExactly(EventWrite.CONFLICTING);
    assertThat(find(tenant, FinancialEventType.PURCHASE, first.key())).contains(first);
  }

  @Test
  @DisplayName("storeNew: a key repeated in one call is judged against its first occurrence")
  void storeNew_keyRepeatedInOneCall_judgedAgainstFirstOccurrence() {
    // given
    Purchase first = given.purchase(customer('a'), "2025-01-10", "10.00", "EUR");
    Purchase otherDay =
        Purchase.of(first.key(), first.customer(), first.day().plusDays(1), first.amount());

    // when
    List<EventWrite> outcomes = store(tenant, List.of(first, first, otherDay));

    // then
    assertThat(outcomes)
        .containsExactly(EventWrite.STORED, EventWrite.ALREADY_PRESENT, EventWrite.CONFLICTING);
    assertThat(find(tenant, FinancialEventType.PURCHASE, first.key())).contains(first);
    assertThat(count(tenant, FinancialEventType.PURCHASE)).isEqualTo(1);
  }

  @Test
  @DisplayName("storeNew: each event type has its own key space")
  void storeNew_sameKeyInTwoTypes_bothStored() {
    // given
    ExternalKey key = ExternalKey.of("LEDGER-1");
    FinancialLine fee =
        FinancialLine.revenue(
            key,
            customer('a'),
            null,
            LineKind.FEE,
            FinanceFixtures.day("2025-01-01"),
            Money.of("1.00", "EUR"));
    FinancialLine cost =
        FinancialLine.cost(
            key,
            customer('a'),
            null,
            LineKind.SERVICING,
            FinanceFixtures.day("2025-01-01"),
            Money.of("1.00", "EUR"));
    Purchase purchase =
        Purchase.of(key, customer('a'), FinanceFixtures.day("2025-01-01"), Money.of("1.00", "EUR"));

    // when
    List<EventWrite> outcomes = store(tenant, List.of(fee, cost, purchase));

    // then
    assertThat(outcomes).containsOnly(EventWrite.STORED).hasSize(3);
    assertThat(find(tenant, FinancialEventType.COST, key)).contains(cost);
  }

  @Test
  @DisplayName("storeNew: another tenant's key is neither seen nor changed")
  void storeNew_keyOfOtherTenant_storedSeparately() {
    // given
    Purchase ours = given.purchase(customer('a'), "2025-01-10", "10.00", "EUR");
    Purchase theirs = Purchase.of(ours.key(), customer('b'), ours.day(), Money.of("99.00", "EUR"));
    store(otherTenant, List.of(theirs));

    // when
    List<EventWrite> outcomes = store(tenant, List.of(ours));

    // then
    assertThat(outcomes).containsExactly(EventWrite.STORED);
    assertThat(find(tenant, FinancialEventType.PURCHASE, ours.key())).contains(ours);
    assertThat(find(otherTenant, FinancialEventType.PURCHASE, ours.key())).contains(theirs);
  }

  @Test
  @DisplayName("storeNew: more events than a batch, half of them known, are all judged right")
  void storeNew_manyEventsHalfKnown_eachJudged() {
    // given: 1,200 purchases (more than the default batch of 500), every other one stored before
    List<Purchase> events = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      events.add(given.purchase(customer('a'), "2025-01-01", i + ".00", "EUR"));
    }
    List<Purchase> earlier = new ArrayList<>();
    for (int i = 0; i < events.size(); i += 2) {
      earlier.add(events.get(i));
    }
    store(tenant, earlier);

    // when
    List<EventWrite> outcomes = store(tenant, events);

    // then
    for (int i = 0; i < events.size(); i++) {
      assertThat(outcomes.get(i))
          .isEqualTo(i % 2 == 0 ? EventWrite.ALREADY_PRESENT : EventWrite.STORED);
    }
    assertThat(count(tenant, FinancialEventType.PURCHASE)).isEqualTo(1200);
  }

  @Test
  @DisplayName("storeNew: in a unit of work that fails, nothing is stored")
  void storeNew_unitFails_nothingStored() {
    // given
    Purchase purchase = given.purchase(customer('a'), "2025-01-10", "10.00", "EUR");

    // when
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        unit -> {
                          unit.financialEvents().storeNew(tenant, List.of(purchase));
                          throw new IllegalStateException("host failure");
                        }))
        .isInstanceOf(IllegalStateException.class);

    // then
    assertThat(find(tenant, FinancialEventType.PURCHASE, purchase.key())).isEmpty();
  }

  @Test
  @DisplayName("storeNew: an empty list stores nothing and reports nothing")
  void storeNew_emptyList_reportsNothing() {
    // when
    List<EventWrite> outcomes = store(tenant, List.of());

    // then
    assertThat(outcomes).isEmpty();
    assertThat(count(tenant, FinancialEventType.PURCHASE)).isZero();
  }

  private List<EventWrite> store(TenantId owner, List<? extends FinancialEvent> events) {
    return storage().inTransaction(unit -> unit.financialEvents().storeNew(owner, events));
  }

  private Optional<FinancialEvent> find(TenantId owner, FinancialEventType type, ExternalKey key) {
    return storage().inTransaction(unit -> unit.financialEvents().find(owner, type, key));
  }

  private long count(TenantId owner, FinancialEventType type) {
    return storage().inTransaction(unit -> unit.financialEvents().count(owner, type));
  }
}
