package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FinanceTest extends SdkFixture {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 10);
  private static final Currency EUR = Currency.getInstance("EUR");

  private RecordPurchase purchase(String key, CustomerId customer, String amount) {
    return RecordPurchase.of(key, customer, DAY, amount, "EUR");
  }

  @Test
  void importEvents_goodAndBadRows_storesGoodRejectsBadWithIndexAndReasons() {
    // given
    CustomerId ada = register("Ada").id();
    List<FinanceCommand> rows =
        List.of(
            purchase("P-1", ada, "10.00"),
            purchase("P-2", ada, "-1.00"),
            RecordFinancialLine.of("F-1", ada, LineKind.FEE, DAY, "2.50", "EUR")
                .forProduct(ProductType.CURRENT_ACCOUNT),
            RecordFinancialLine.of("C-1", ada, LineKind.SERVICING, DAY, "1.005", "EUR"),
            purchase(" ", ada, "1.00"),
            purchase("P-3", CustomerId.of(UUID.randomUUID().toString()), "1.00"),
            RecordPurchase.of("P-4", ada, DAY, "3.00", "XYZ"));

    // when
    FinanceImportResult result = crm.finance().importEvents(caller, rows);

    // then
    assertThat(result.imported()).isEqualTo(2);
    assertThat(result.alreadyPresent()).isZero();
    assertThat(result.conflicts()).isEmpty();
    assertThat(result.rejected()).extracting(RowIssue::index).containsExactly(1L, 3L, 4L, 5L, 6L);
    assertThat(result.rejected().get(0).reasons())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("amount", Violation.INVALID_VALUE));
    assertThat(result.rejected().get(3).reasons())
        .extracting(Violation::rule)
        .containsExactly("CustomerExists");
    assertThat(result.rejected().get(4).reasons())
        .extracting(Violation::rule)
        .containsExactly("CurrencyCode");
    assertThat(result.rows()).isEqualTo(7);
  }

  @Test
  void importEvents_sameRowsTwice_secondImportsNothing() {
    // given
    CustomerId ada = register("Ada").id();
    List<FinanceCommand> rows = List.of(purchase("P-1", ada, "10.00"), purchase("P-2", ada, "5"));
    crm.finance().importEvents(caller, rows);
    int entries = auditEntries().size();

    // when
    FinanceImportResult again = crm.finance().importEvents(caller, rows);

    // then
    assertThat(again.imported()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(2);
    assertThat(auditEntries()).hasSize(entries);
  }

  @Test
  void importEvents_sameKeyOtherValues_reportedAsConflictAndKeptAsStored() {
    // given
    CustomerId ada = register("Ada").id();
    crm.finance().importEvents(caller, List.of(purchase("P-1", ada, "10.00")));

    // when
    FinanceImportResult result =
        crm.finance().importEvents(caller, List.of(purchase("P-1", ada, "11.00")));

    // then
    assertThat(result.conflicts()).extracting(RowIssue::index).containsExactly(0L);
    assertThat(result.conflicts().get(0).reasons())
        .extracting(Violation::rule)
        .containsExactly("SameValuesPerKey");
    assertThat(summaries())
        .extracting(PurchaseSummary::totalValue)
        .containsExactly(new BigDecimal("10.00"));
  }

  @Test
  void importEvents_2500RowsStreamed_threeBatchesEachAuditedOnceWithProgress() {
    // given
    CustomerId ada = register("Ada").id();
    int entriesBefore = auditEntries().size();
    Stream<FinanceCommand> rows =
        IntStream.range(0, 2500).mapToObj(i -> purchase("P-" + i, ada, "1.00"));
    List<Long> progress = new ArrayList<>();

    // when
    FinanceImportResult result =
        crm.finance().importEvents(caller, rows::iterator, soFar -> progress.add(soFar.rows()));

    // then
    assertThat(result.imported()).isEqualTo(2500);
    assertThat(progress).containsExactly(1000L, 2000L, 2500L);
    List<AuditEntry> batches = auditEntries().subList(entriesBefore, auditEntries().size());
    assertThat(batches).hasSize(3);
    assertThat(batches.get(2).action()).isEqualTo("finance.imported");
    assertThat(batches.get(2).changes())
        .anySatisfy(
            change -> {
              assertThat(change.field()).isEqualTo("imported");
              assertThat(change.newValue()).isEqualTo("500");
            });
    List<DomainEvent> events =
        pendingEvents().stream().filter(e -> e.type().equals("finance.imported")).toList();
    assertThat(events).hasSize(3);
    assertThat(events.get(0).data()).containsEntry("imported", "1000");
  }

  @Test
  void queries_afterImport_giveSummariesAndTotals() {
    // given
    CustomerId ada = register("Ada").id();
    crm.finance()
        .importEvents(
            caller,
            Stream.of(
                purchase("P-1", ada, "10.00"),
                purchase("P-2", ada, "5.00"),
                RecordPurchase.of("P-3", ada, DAY.plusDays(7), "7.00", "EUR"),
                RecordFinancialLine.of("N-1", ada, LineKind.NET_INTEREST_MARGIN, DAY, "-3", "EUR")
                    .forProduct(ProductType.MORTGAGE)));

    // when
    List<PurchaseSummary> summaries = summaries();
    List<LineTotal> totals = new ArrayList<>();
    crm.finance().lineTotals(caller, ReportingPeriod.of(DAY, DAY), totals::add);

    // then
    assertThat(summaries)
        .containsExactly(
            new PurchaseSummary(
                ada,
                DAY,
                DAY.plusDays(7),
                2,
                new BigDecimal("22.00"),
                new BigDecimal("15.00"),
                DAY.plusDays(30)));
    assertThat(totals)
        .containsExactly(
            new LineTotal(
                ada,
                ProductType.MORTGAGE,
                LineKind.NET_INTEREST_MARGIN,
                Money.of("-3.00", "EUR"),
                1));
  }

  @Test
  void importEvents_nullRows_refusedNamingTheArgument() {
    // when / then
    assertThatThrownBy(() -> crm.finance().importEvents(caller, (Iterable<FinanceCommand>) null))
        .isInstanceOf(CommandValidationException.class)
        .hasMessageContaining("rows");
  }

  private List<PurchaseSummary> summaries() {
    List<PurchaseSummary> summaries = new ArrayList<>();
    crm.finance().purchaseSummaries(caller, EUR, DAY.plusDays(30), summaries::add);
    return summaries;
  }
}
