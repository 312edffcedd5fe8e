package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.FinanceFixtures.customer;
import static io.rapport.crm.tck.internal.FinanceFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.FinanceFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerFinanceQueries}: golden per-customer purchase
 * summaries and revenue and cost totals over one fixed data set that holds same-day purchases, a
 * customer with one purchase, events after the observation end and outside the period, another
 * tenant's rows and several currencies. Every adapter must give exactly these values, in this
 * order. {@link CustomerFinanceProperties} checks random data against a reference fold.
 */
public abstract class CustomerFinanceQueriesContract {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final LocalDate END = day("2025-03-31");

  private final TenantId tenant = Fixtures.freshTenant();
  private final TenantId otherTenant = Fixtures.freshTenant();
  private final FinanceFixtures given = new FinanceFixtures();

  /** For subclasses binding the contract to an adapter. */
  protected CustomerFinanceQueriesContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  @BeforeEach
  void storeTheDataSet() {
    store(
        tenant,
        List.of(
            // a: two purchases on 10 Jan (one purchase day), 1 Feb, the end day itself; one after
            // the end and one in USD that a EUR summary ignores
            given.purchase(customer('a'), "2025-01-10", "10.00", "EUR"),
            given.purchase(customer('a'), "2025-01-10", "5.50", "EUR"),
            given.purchase(customer('a'), "2025-02-01", "20.00", "EUR"),
            given.purchase(customer('a'), "2025-03-31", "7.25", "EUR"),
            given.purchase(customer('a'), "2025-04-01", "100.00", "EUR"),
            given.purchase(customer('a'), "2025-02-01", "99.00", "USD"),
            // b: one purchase
            given.purchase(customer('b'), "2025-03-01", "12.00", "EUR"),
            // c: purchases only after the end
            given.purchase(customer('c'), "2025-04-02", "40.00", "EUR"),
            // d: USD only
            given.purchase(customer('d'), "2025-01-01", "50.00", "USD"),
            given.purchase(customer('d'), "2025-01-08", "25.00", "USD"),
            // e: two purchases, both on one day
            given.purchase(customer('e'), "2025-03-15", "1.00", "EUR"),
            given.purchase(customer('e'), "2025-03-15", "2.00", "EUR"),
            // f: yen, no decimals
            given.purchase(customer('f'), "2025-01-01", "1500", "JPY"),
            given.purchase(customer('f'), "2025-01-01", "500", "JPY"),
            // lines of a: fees, margins in two currencies, a servicing cost on the last day of
            // the period, one after it and one before it
            given.line(
                customer('a'),
                ProductType.CURRENT_ACCOUNT,
                LineKind.FEE,
                "2025-01-31",
                "2.50",
                "EUR"),
            given.line(
                customer('a'),
                ProductType.CURRENT_ACCOUNT,
                LineKind.FEE,
                "2025-02-28",
                "2.50",
                "EUR"),
            given.line(
                customer('a'),
                ProductType.MORTGAGE,
                LineKind.NET_INTEREST_MARGIN,
                "2025-01-31",
                "120.00",
                "EUR"),
            given.line(
                customer('a'),
                ProductType.MORTGAGE,
                LineKind.NET_INTEREST_MARGIN,
                "2025-02-28",
                "-20.00",
                "EUR"),
            given.line(
                customer('a'),
                ProductType.MORTGAGE,
                LineKind.NET_INTEREST_MARGIN,
                "2025-02-28",
                "10.00",
                "USD"),
            given.line(customer('a'), null, LineKind.SERVICING, "2025-03-31", "8.00", "EUR"),
            given.line(customer('a'), null, LineKind.SERVICING, "2025-04-01", "9.00", "EUR"),
            given.line(customer('a'), null, LineKind.ACQUISITION, "2024-12-31", "50.00", "EUR"),
            // lines of b, one on the first day of the period
            given.line(
                customer('b'),
                ProductType.INVESTMENT,
                LineKind.COMMISSION,
                "2025-01-01",
                "30.00",
                "EUR"),
            given.line(
                customer('b'),
                ProductType.PERSONAL_LOAN,
                LineKind.RISK_PROVISION,
                "2025-03-01",
                "15.00",
                "EUR")));
    // another tenant's rows for the same customers, which no query of ours may count
    store(
        otherTenant,
        List.of(
            given.purchase(customer('a'), "2025-01-05", "1000.00", "EUR"),
            given.purchase(customer('b'), "2025-01-05", "1000.00", "EUR"),
            given.line(
                customer('a'),
                ProductType.CURRENT_ACCOUNT,
                LineKind.FEE,
                "2025-01-31",
                "999.00",
                "EUR")));
  }

  @Test
  @DisplayName("purchaseSummaries: golden EUR summaries, same-day purchases counted once")
  void purchaseSummaries_euro_goldenValues() {
    // when
    List<PurchaseSummary> summaries = summaries(EUR, END);

    // then
    assertThat(summaries)
        .containsExactly(
            summary('a', "2025-01-10", "2025-03-31", 3, "42.75", "15.50"),
            summary('b', "2025-03-01", "2025-03-01", 1, "12.00", "12.00"),
            summary('e', "2025-03-15", "2025-03-15", 1, "3.00", "3.00"));
    assertThat(summaries.get(0).frequency()).isEqualTo(2);
    assertThat(summaries.get(0).meanRepeatValue()).isEqualByComparingTo("13.625");
  }

  @Test
  @DisplayName("purchaseSummaries: another currency gives only its own purchases")
  void purchaseSummaries_dollar_onlyDollarPurchases() {
    // when
    List<PurchaseSummary> summaries = summaries(USD, END);

    // then
    assertThat(summaries)
        .containsExactly(
            summary('a', "2025-02-01", "2025-02-01", 1, "99.00", "99.00"),
            summary('d', "2025-01-01", "2025-01-08", 2, "75.00", "50.00"));
  }

  @Test
  @DisplayName("purchaseSummaries: a currency without decimals keeps scale 0")
  void purchaseSummaries_yen_scaleZero() {
    // when
    List<PurchaseSummary> summaries = summaries(JPY, END);

    // then
    assertThat(summaries)
        .containsExactly(summary('f', "2025-01-01", "2025-01-01", 1, "2000", "2000"));
    assertThat(summaries.get(0).totalValue().scale()).isZero();
  }

  @Test
  @DisplayName("purchaseSummaries: a later end takes in the later purchases")
  void purchaseSummaries_laterEnd_includesLaterPurchases() {
    // when
    List<PurchaseSummary> summaries = summaries(EUR, day("2025-12-31"));

    // then
    assertThat(summaries)
        .extracting(PurchaseSummary::customer)
        .containsExactly(customer('a'), customer('b'), customer('c'), customer('e'));
    assertThat(summaries.get(0))
        .isEqualTo(
            new PurchaseSummary(
                customer('a'),
                day("2025-01-10"),
                day("2025-04-01"),
                4,
                new BigDecimal("142.75"),
                new BigDecimal("15.50"),
                day("2025-12-31")));
  }

  @Test
  @DisplayName("purchaseSummaries: an end before every purchase gives nothing")
  void purchaseSummaries_endBeforeEveryPurchase_nothing() {
    // when
    List<PurchaseSummary> summaries = summaries(EUR, day("2024-12-31"));

    // then
    assertThat(summaries).isEmpty();
  }

  @Test
  @DisplayName("lineTotals: golden totals per customer, product, kind and currency")
  void lineTotals_firstQuarter_goldenValues() {
    // when
    List<LineTotal> totals = totals(ReportingPeriod.of(day("2025-01-01"), END));

    // then
    assertThat(totals)
        .containsExactly(
            total('a', null, LineKind.SERVICING, "8.00", "EUR", 1),
            total('a', ProductType.CURRENT_ACCOUNT, LineKind.FEE, "5.00", "EUR", 2),
            total('a', ProductType.MORTGAGE, LineKind.NET_INTEREST_MARGIN, "100.00", "EUR", 2),
            total('a', ProductType.MORTGAGE, LineKind.NET_INTEREST_MARGIN, "10.00", "USD", 1),
            total('b', ProductType.INVESTMENT, LineKind.COMMISSION, "30.00", "EUR", 1),
            total('b', ProductType.PERSONAL_LOAN, LineKind.RISK_PROVISION, "15.00", "EUR", 1));
  }

  @Test
  @DisplayName("lineTotals: a one-day period takes the lines of that day only")
  void lineTotals_oneDay_onlyThatDay() {
    // when
    List<LineTotal> totals = totals(ReportingPeriod.of(day("2025-02-28"), day("2025-02-28")));

    // then
    assertThat(totals)
        .containsExactly(
            total('a', ProductType.CURRENT_ACCOUNT, LineKind.FEE, "2.50", "EUR", 1),
            total('a', ProductType.MORTGAGE, LineKind.NET_INTEREST_MARGIN, "-20.00", "EUR", 1),
            total('a', ProductType.MORTGAGE, LineKind.NET_INTEREST_MARGIN, "10.00", "USD", 1));
  }

  @Test
  @DisplayName("both queries: a tenant without events gets nothing")
  void queries_tenantWithoutEvents_nothing() {
    // given
    TenantId empty = Fixtures.freshTenant();
    List<Object> received = new ArrayList<>();

    // when
    storage()
        .inTransactionDo(
            unit -> {
              unit.customerFinance().purchaseSummaries(empty, EUR, END, received::add);
              unit.customerFinance()
                  .lineTotals(empty, ReportingPeriod.of(day("2000-01-01"), END), received::add);
            });

    // then
    assertThat(received).isEmpty();
  }

  private static PurchaseSummary summary(
      char customer, String first, String last, int days, String total, String firstDay) {
    return new PurchaseSummary(
        customer(customer),
        day(first),
        day(last),
        days,
        new BigDecimal(total),
        new BigDecimal(firstDay),
        END);
  }

  private static LineTotal total(
      char customer,
      ProductType product,
      LineKind kind,
      String amount,
      String currency,
      long lines) {
    return new LineTotal(customer(customer), product, kind, Money.of(amount, currency), lines);
  }

  private void store(TenantId owner, List<? extends FinancialEvent> events) {
    storage().inTransactionDo(unit -> unit.financialEvents().storeNew(owner, events));
  }

  private List<PurchaseSummary> summaries(Currency currency, LocalDate end) {
    List<PurchaseSummary> result = new ArrayList<>();
    storage()
        .inTransactionDo(
            unit -> unit.customerFinance().purchaseSummaries(tenant, currency, end, result::add));
    return result;
  }

  private List<LineTotal> totals(ReportingPeriod period) {
    List<LineTotal> result = new ArrayList<>();
    storage()
        .inTransactionDo(unit -> unit.customerFinance().lineTotals(tenant, period, result::add));
    return result;
  }

  /** Used by the property class to name customers. */
  static CustomerId customerOf(char letter) {
    return customer(letter);
  }
}
