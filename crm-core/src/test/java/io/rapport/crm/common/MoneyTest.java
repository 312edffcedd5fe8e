package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  @ParameterizedTest
  @CsvSource({
    "12.5, EUR, 12.50, 2",
    "12, EUR, 12.00, 2",
    "12.500, EUR, 12.50, 2",
    "0, EUR, 0.00, 2",
    "-3.1, EUR, -3.10, 2",
    "100, JPY, 100, 0",
    "100.00, JPY, 100, 0",
    "1E+3, JPY, 1000, 0",
    "1.5, BHD, 1.500, 3",
    "1.234, BHD, 1.234, 3",
    "7, BHD, 7.000, 3"
  })
  void of_amountWithinCurrencyDecimals_isHeldAtCurrencyScale(
      String amount, String currency, String expected, int scale) {
    // when
    Money money = Money.of(amount, currency);

    // then
    assertThat(money.amount().scale()).isEqualTo(scale);
    assertThat(money.amount().toPlainString()).isEqualTo(expected);
    assertThat(money).hasToString(expected + " " + currency);
  }

  @ParameterizedTest
  @CsvSource({"12.345, EUR, 2", "0.001, EUR, 2", "100.5, JPY, 0", "1.2345, BHD, 3"})
  void of_moreDecimalsThanCurrency_isRefusedWithoutRounding(
      String amount, String currency, int digits) {
    // when / then
    assertThatThrownBy(() -> Money.of(amount, currency))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"))
        .hasMessageNotContaining(amount)
        .hasMessage(
            "amount has more than "
                + digits
                + " decimals for "
                + currency
                + "; round it explicitly");
  }

  @ParameterizedTest
  @CsvSource({
    "abc, EUR, amount",
    "1.2.3, EUR, amount",
    "'', EUR, amount",
    "1.00, QQQ, currency",
    "1.00, eur, currency",
    "1.00, '', currency"
  })
  void of_unparsableText_isRefusedNamingTheFieldWithoutTheText(
      String amount, String currency, String field) {
    // when / then
    assertThatThrownBy(() -> Money.of(amount, currency))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageStartingWith(field + " must be")
        .hasMessageNotContaining("abc")
        .hasMessageNotContaining("QQQ");
  }

  @Test
  void of_sameValueDifferentScale_isEqual() {
    // when
    Money a = Money.of("12.5", "EUR");
    Money b = Money.of(new BigDecimal("12.500"), EUR);

    // then
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @ParameterizedTest
  @CsvSource({
    "12.345, EUR, HALF_UP, 12.35",
    "12.345, EUR, HALF_EVEN, 12.34",
    "12.345, EUR, DOWN, 12.34",
    "100.5, JPY, HALF_UP, 101",
    "100.5, JPY, FLOOR, 100",
    "1.23456, BHD, HALF_UP, 1.235",
    "-0.005, EUR, HALF_UP, -0.01"
  })
  void of_withRounding_roundsToCurrencyDecimals(
      String amount, String currency, RoundingMode rounding, String expected) {
    // when
    Money money = Money.of(new BigDecimal(amount), Currency.getInstance(currency), rounding);

    // then
    assertThat(money.amount().toPlainString()).isEqualTo(expected);
  }

  @Test
  void of_withUnnecessaryRoundingButExtraDecimals_isRefused() {
    // when / then
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), EUR, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void of_nullAmountOrCurrency_isRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> Money.of(null, EUR))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("amount must not be null");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("currency must not be null");
  }

  @Test
  void plusAndMinus_sameCurrency_computeExactly() {
    // given
    Money a = Money.of("10.25", "EUR");
    Money b = Money.of("0.80", "EUR");

    // when
    Money sum = a.plus(b);
    Money difference = a.minus(b);

    // then
    assertThat(sum).isEqualTo(Money.of("11.05", "EUR"));
    assertThat(difference).isEqualTo(Money.of("9.45", "EUR"));
    assertThat(b.minus(a)).isEqualTo(Money.of("-9.45", "EUR"));
  }

  @Test
  void plus_otherCurrency_throwsCurrencyMismatch() {
    // given
    Money euros = Money.of("1.00", "EUR");
    Money dollars = Money.of("1.00", "USD");

    // when / then
    assertThatThrownBy(() -> euros.plus(dollars))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.left()).isEqualTo(EUR);
              assertThat(e.right()).isEqualTo(USD);
            })
        .isInstanceOf(CrmException.class)
        .hasMessage("Currency mismatch: EUR/USD");
    assertThatThrownBy(() -> dollars.minus(euros)).hasMessage("Currency mismatch: USD/EUR");
    assertThatThrownBy(() -> euros.compareTo(dollars)).hasMessage("Currency mismatch: EUR/USD");
  }

  @Test
  void plus_null_isRefusedNamingOther() {
    // when / then
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("other must not be null");
  }

  @Test
  void compareTo_sameCurrency_ordersByAmount() {
    // given
    Money small = Money.of("1.99", "EUR");
    Money large = Money.of("2", "EUR");

    // when / then
    assertThat(small).isLessThan(large);
    assertThat(large).isGreaterThan(small);
    assertThat(small.compareTo(Money.of("1.990", "EUR"))).isZero();
  }

  @Test
  void equals_sameAmountOtherCurrency_isFalse() {
    // when / then
    assertThat(Money.of("1.00", "EUR")).isNotEqualTo(Money.of("1.00", "USD"));
  }

  @Test
  void times_factor_roundsWithGivenMode() {
    // given
    Money price = Money.of("10.00", "EUR");

    // when
    Money third = price.times(new BigDecimal("0.3333"), RoundingMode.HALF_UP);
    Money yen = Money.of("333", "JPY").times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN);

    // then
    assertThat(third).isEqualTo(Money.of("3.33", "EUR"));
    assertThat(yen).isEqualTo(Money.of("166", "JPY"));
  }

  @Test
  void signHelpers_reportSign() {
    // given
    Money negative = Money.of("-0.01", "EUR");
    Money zero = Money.zero(EUR);

    // when / then
    assertThat(negative.isNegative()).isTrue();
    assertThat(negative.isZero()).isFalse();
    assertThat(zero.isZero()).isTrue();
    assertThat(zero.isNegative()).isFalse();
    assertThat(zero).hasToString("0.00 EUR");
    assertThat(negative.negate()).isEqualTo(Money.of("0.01", "EUR"));
    assertThat(Money.zero(Currency.getInstance("JPY"))).hasToString("0 JPY");
  }
}
