package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
  private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

  private final ExchangeRates rates =
      ExchangeRates.dated()
          .rate("USD", "EUR", JAN, "0.9000")
          .rate("USD", "EUR", FEB, "0.8000")
          .rate("EUR", "JPY", JAN, "160")
          .build();

  @Test
  void convert_usesLatestRateOnOrBeforeDate() {
    // when / then
    assertThat(rates.convert(Money.of("100.00", "USD"), EUR, JAN.plusDays(30)))
        .isEqualTo(Money.of("90.00", "EUR"));
    assertThat(rates.convert(Money.of("100.00", "USD"), EUR, FEB))
        .isEqualTo(Money.of("80.00", "EUR"));
  }

  @Test
  void convert_onlyOppositePairKnown_usesReciprocal() {
    // when
    Money dollars = rates.convert(Money.of("80.00", "EUR"), USD, FEB.plusDays(3));

    // then
    assertThat(dollars).isEqualTo(Money.of("100.00", "USD"));
  }

  @Test
  void convert_roundsHalfEvenToTargetDecimals() {
    // when
    Money yen = rates.convert(Money.of("0.01", "EUR"), JPY, JAN);

    // then 1.6 JPY rounds to 2
    assertThat(yen).isEqualTo(Money.of("2", "JPY"));
  }

  @Test
  void convert_sameCurrency_returnsAmountWithoutRate() {
    // when / then
    assertThat(ExchangeRates.none().convert(Money.of("5.00", "EUR"), EUR, JAN))
        .isEqualTo(Money.of("5.00", "EUR"));
  }

  @Test
  void convert_beforeFirstRate_throwsNamingPairAndDate() {
    // when / then
    assertThatThrownBy(() -> rates.convert(Money.of("1.00", "USD"), EUR, JAN.minusDays(1)))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("No exchange rate USD/EUR on 2025-12-31");
  }

  @Test
  void rate_unknownPair_isEmpty() {
    // when / then
    assertThat(rates.rate(USD, JPY, FEB)).isEmpty();
  }

  @Test
  void builder_refusesNonPositiveSameCurrencyAndDuplicateDate() {
    // given
    DatedExchangeRates.Builder builder = ExchangeRates.dated().rate("USD", "EUR", JAN, "0.9");

    // when / then
    assertThatThrownBy(() -> builder.rate(USD, EUR, FEB, BigDecimal.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rate must be positive");
    assertThatThrownBy(() -> builder.rate(EUR, EUR, FEB, BigDecimal.ONE))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder.rate("USD", "EUR", JAN, "0.95"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a currency pair has one rate per validFrom day");
  }
}
