package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.EventWrite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The designed cost of financial event imports and customer finance queries, counted in round
 * trips: imports take one key lookup and one insert batch per batch of events, and each summary
 * query is one statement whatever the number of events and customers.
 */
abstract class FinanceStatementCostChecks {
  private static final int BATCH_SIZE = 100;
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private CountingDataSource counter;
  private JdbcStorage storage;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingStorage() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage =
        TestDatabases.storage(
            dialect(), counter.dataSource(), builder -> builder.batchSize(BATCH_SIZE));
  }

  @Test
  void storeNew_thousandPurchasesInBatchesOf100_takesTenLookupsAndTenBatches() {
    // given
    List<Purchase> purchases = purchases(1000, 100);
    counter.reset();

    // when
    List<EventWrite> outcomes =
        storage.inTransaction(unit -> unit.financialEvents().storeNew(tenant, purchases));

    // then: ceil(1000 / 100) key lookups + ceil(1000 / 100) insert batches, one savepoint
    assertThat(outcomes).containsOnly(EventWrite.STORED);
    assertThat(counter.statements()).isEqualTo(20);
    assertThat(counter.batches()).isEqualTo(10);
    assertThat(counter.savepoints()).isEqualTo(2);
  }

  @Test
  void storeNew_sameThousandAgain_takesTenLookupsAndNoWrite() {
    // given
    List<Purchase> purchases = purchases(1000, 100);
    storage.inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, purchases));
    counter.reset();

    // when
    List<EventWrite> outcomes =
        storage.inTransaction(unit -> unit.financialEvents().storeNew(tenant, purchases));

    // then
    assertThat(outcomes).containsOnly(EventWrite.ALREADY_PRESENT);
    assertThat(counter.statements()).isEqualTo(10);
    assertThat(counter.batches()).isZero();
    assertThat(counter.savepoints()).isZero();
  }

  @Test
  void storeNew_250NewAmong500_takesFiveLookupsAndThreeBatches() {
    // given: the first 250 of 500 purchases are stored already
    List<Purchase> purchases = purchases(500, 50);
    storage.inTransactionDo(
        unit -> unit.financialEvents().storeNew(tenant, purchases.subList(0, 250)));
    counter.reset();

    // when
    storage.inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, purchases));

    // then: ceil(500 / 100) lookups + ceil(250 / 100) batches
    assertThat(counter.statements()).isEqualTo(8);
    assertThat(counter.batches()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} purchases of 50 customers")
  @ValueSource(ints = {50, 2000})
  void purchaseSummaries_anyNumberOfPurchases_takesOneStatement(int count) {
    // given
    storage.inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, purchases(count, 50)));
    counter.reset();

    // when
    List<PurchaseSummary> summaries = new ArrayList<>();
    storage.inTransactionDo(
        unit ->
            unit.customerFinance()
                .purchaseSummaries(
                    tenant, Currency.getInstance("EUR"), START.plusDays(400), summaries::add));

    // then
    assertThat(counter.statements()).isEqualTo(1);
    assertThat(summaries).hasSize(50);
    assertThat(summaries.stream().mapToInt(PurchaseSummary::purchaseDays).sum())
        .isEqualTo(Math.min(count, 50 * 366));
  }

  @ParameterizedTest(name = "{0} lines")
  @ValueSource(ints = {30, 1500})
  void lineTotals_anyNumberOfLines_takesOneStatement(int count) {
    // given
    List<FinancialEvent> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(
          new FinancialLine(
              ExternalKey.of("L-" + i),
              customer(i % 10),
              ProductType.CURRENT_ACCOUNT,
              (i / 10) % 2 == 0 ? LineKind.FEE : LineKind.SERVICING,
              START.plusDays(i % 30),
              Money.of("1.00", "EUR")));
    }
    storage.inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, lines));
    counter.reset();

    // when
    List<LineTotal> totals = new ArrayList<>();
    storage.inTransactionDo(
        unit ->
            unit.customerFinance()
                .lineTotals(tenant, ReportingPeriod.of(START, START.plusDays(60)), totals::add));

    // then: 10 customers, two kinds each
    assertThat(counter.statements()).isEqualTo(1);
    assertThat(totals).hasSize(20);
    assertThat(totals.stream().mapToLong(LineTotal::lines).sum()).isEqualTo(count);
  }

  /** {@code count} purchases spread over {@code customers} customers, one per customer and day. */
  private static List<Purchase> purchases(int count, int customers) {
    List<Purchase> purchases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      purchases.add(
          Purchase.of(
              ExternalKey.of("P-" + i),
              customer(i % customers),
              START.plusDays(i / customers),
              Money.of("2.50", "EUR")));
    }
    return purchases;
  }

  private static CustomerId customer(int number) {
    return CustomerId.of(String.format("01930000-0000-7000-8000-%012d", number));
  }
}
