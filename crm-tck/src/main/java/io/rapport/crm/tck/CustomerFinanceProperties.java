package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link io.rapport.crm.spi.CustomerFinanceQueries#purchaseSummaries} checked by jqwik: random
 * purchases of a few customers over a few weeks, in two currencies, must summarise exactly as a
 * plain reference fold written here (sort by day, count distinct days, add amounts). Each try uses
 * a fresh tenant; tries are bounded so a database run stays short.
 */
public abstract class CustomerFinanceProperties {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final Currency EUR = Currency.getInstance("EUR");

  /** For subclasses binding the properties to an adapter. */
  protected CustomerFinanceProperties() {}

  /** The storage under test; may be shared by every try, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Property(tries = 25, edgeCases = EdgeCasesMode.FIRST)
  @Label("purchaseSummaries: random purchases summarise as the reference fold")
  void purchaseSummaries_randomPurchases_agreeWithReferenceFold(
      @ForAll("purchases") List<Purchase> purchases,
      @ForAll @IntRange(min = 0, max = 40) int endOffset) {
    // given
    TenantId tenant = Fixtures.freshTenant();
    LocalDate end = START.plusDays(endOffset);
    storage().inTransactionDo(unit -> unit.financialEvents().storeNew(tenant, purchases));

    // when
    List<PurchaseSummary> actual = new ArrayList<>();
    storage()
        .inTransactionDo(
            unit -> unit.customerFinance().purchaseSummaries(tenant, EUR, end, actual::add));

    // then
    assertThat(actual).containsExactlyElementsOf(reference(purchases, end));
  }

  /** The summaries computed the plain way, customer by customer in letter (id) order. */
  private static List<PurchaseSummary> reference(List<Purchase> purchases, LocalDate end) {
    List<PurchaseSummary> result = new ArrayList<>();
    for (char letter = 'a'; letter <= 'd'; letter++) {
      CustomerId customer = CustomerFinanceQueriesContract.customerOf(letter);
      List<Purchase> own =
          purchases.stream()
              .filter(p -> p.customer().equals(customer))
              .filter(p -> p.amount().currency().equals(EUR))
              .filter(p -> !p.day().isAfter(end))
              .toList();
      if (own.isEmpty()) {
        continue;
      }
      LocalDate first = own.stream().map(Purchase::day).min(LocalDate::compareTo).orElseThrow();
      LocalDate last = own.stream().map(Purchase::day).max(LocalDate::compareTo).orElseThrow();
      long days = own.stream().map(Purchase::day).distinct().count();
      Money total = own.stream().map(Purchase::amount).reduce(Money.zero(EUR), Money::plus);
      Money firstDay =
          own.stream()
              .filter(p -> p.day().equals(first))
              .map(Purchase::amount)
              .reduce(Money.zero(EUR), Money::plus);
      result.add(
          new PurchaseSummary(
              customer, first, last, (int) days, total.amount(), firstDay.amount(), end));
    }
    return result;
  }

  @Provide
  Arbitrary<List<Purchase>> purchases() {
    Arbitrary<Character> customers = Arbitraries.chars().range('a', 'd');
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 40);
    Arbitrary<BigDecimal> amounts =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999.99")).ofScale(2);
    Arbitrary<String> currencies = Arbitraries.of("EUR", "EUR", "EUR", "USD");
    return Combinators.combine(customers, days, amounts, currencies)
        .as((customer, day, amount, currency) -> new Object[] {customer, day, amount, currency})
        .list()
        .ofMaxSize(30)
        .map(
            rows -> {
              List<Purchase> purchases = new ArrayList<>();
              for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                purchases.add(
                    Purchase.of(
                        ExternalKey.of("P-" + i),
                        CustomerFinanceQueriesContract.customerOf((Character) row[0]),
                        START.plusDays((Integer) row[1]),
                        new Money((BigDecimal) row[2], Currency.getInstance((String) row[3]))));
              }
              return purchases;
            });
  }
}
