package io.rapport.crm.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialEventTest {
  private static final ExternalKey KEY = ExternalKey.of("GL-1");
  private static final CustomerId CUSTOMER =
      new CustomerId(UUID.fromString("01930000-0000-7000-8000-000000000001"));
  private static final LocalDate DAY = LocalDate.of(2025, 1, 31);

  private static FinancialLine line(LineKind kind, String amount) {
    return new FinancialLine(KEY, CUSTOMER, null, kind, DAY, Money.of(amount, "EUR"));
  }

  @ParameterizedTest
  @EnumSource(value = LineKind.class, names = "NET_INTEREST_MARGIN", mode = EnumSource.Mode.EXCLUDE)
  void line_negativeAmountOfNonMarginKind_isRefusedNamingAmount(LineKind kind) {
    assertThatThrownBy(() -> line(kind, "-0.01"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount of a " + kind + " line must not be negative")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("amount");
  }

  @Test
  void line_negativeNetInterestMargin_isAccepted() {
    // when
    FinancialLine margin = line(LineKind.NET_INTEREST_MARGIN, "-4.00");

    // then
    assertThat(margin.type()).isEqualTo(FinancialEventType.REVENUE);
    assertThat(margin.amount()).isEqualTo(Money.of("-4", "EUR"));
  }

  @Test
  void revenueFactory_costKind_isRefused() {
    assertThatThrownBy(
            () ->
                FinancialLine.revenue(
                    KEY,
                    CUSTOMER,
                    ProductType.MORTGAGE,
                    LineKind.SERVICING,
                    DAY,
                    Money.of("1", "EUR")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("kind must be a REVENUE kind");
  }

  @Test
  void costFactory_costKind_isACostLine() {
    // when
    FinancialLine cost =
        FinancialLine.cost(KEY, CUSTOMER, null, LineKind.RISK_PROVISION, DAY, Money.of("1", "EUR"));

    // then
    assertThat(cost.type()).isEqualTo(FinancialEventType.COST);
  }

  @Test
  void purchase_negativeAmount_isRefused() {
    assertThatThrownBy(() -> Purchase.of(KEY, CUSTOMER, DAY, Money.of("-1", "EUR")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount of a purchase must not be negative");
  }

  @Test
  void purchase_currencyWithoutFixedDecimals_isRefused() {
    Money gold = Money.of(BigDecimal.ONE, Currency.getInstance("XAU"));
    assertThatThrownBy(() -> Purchase.of(KEY, CUSTOMER, DAY, gold))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("fixed number of decimals");
  }

  @Test
  void purchase_nineteenIntegerDigits_isRefused() {
    assertThatThrownBy(
            () -> Purchase.of(KEY, CUSTOMER, DAY, Money.of("1234567890123456789", "EUR")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount must have at most 18 integer digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1899-12-31", "+10000-01-01"})
  void purchase_dayOutsideSupportedYears_isRefused(String day) {
    assertThatThrownBy(() -> Purchase.of(KEY, CUSTOMER, LocalDate.parse(day), Money.of("1", "EUR")))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("day");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " GL-1", "GL-1 ", "GL\t1", "GL\n1"})
  void externalKey_blankPaddedOrControlCharacters_isRefused(String key) {
    assertThatThrownBy(() -> ExternalKey.of(key)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void externalKey_129Characters_isRefused() {
    assertThatThrownBy(() -> ExternalKey.of("k".repeat(129)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("externalKey must have at most 128 characters");
  }

  @Test
  void reportingPeriod_endBeforeStart_isRefused() {
    assertThatThrownBy(() -> ReportingPeriod.of(DAY, DAY.minusDays(1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void reportingPeriod_contains_includesBothEnds() {
    ReportingPeriod period = ReportingPeriod.of(DAY, DAY.plusDays(2));
    assertThat(period.contains(DAY)).isTrue();
    assertThat(period.contains(DAY.plusDays(2))).isTrue();
    assertThat(period.contains(DAY.plusDays(3))).isFalse();
    assertThat(period.contains(DAY.minusDays(1))).isFalse();
  }

  @Property(tries = 50)
  void purchase_anyNonNegativeAmountOfTwoDecimals_isAcceptedAndEqualByValue(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal amount) {
    // when
    Purchase first = Purchase.of(KEY, CUSTOMER, DAY, Money.of(amount, Currency.getInstance("EUR")));
    Purchase again =
        Purchase.of(
            KEY, CUSTOMER, DAY, Money.of(amount.stripTrailingZeros(), Currency.getInstance("EUR")));

    // then: equal values are the same import, whatever the written scale
    assertThat(again).isEqualTo(first);
  }
}
