package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

class MoneyPropertiesTest {

  @Property(tries = 50)
  void plus_isCommutative(@ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    assertThat(t.get1().plus(t.get2())).isEqualTo(t.get2().plus(t.get1()));
  }

  @Property(tries = 50)
  void plus_isAssociative(@ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    assertThat(t.get1().plus(t.get2()).plus(t.get3()))
        .isEqualTo(t.get1().plus(t.get2().plus(t.get3())));
  }

  @Property(tries = 50)
  void plusThenMinus_sameAmount_givesOriginal(
      @ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    assertThat(t.get1().plus(t.get2()).minus(t.get2())).isEqualTo(t.get1());
  }

  @Property(tries = 50)
  void zero_isNeutralAndNegateIsInverse(
      @ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    Money a = t.get1();
    assertThat(a.plus(Money.zero(a.currency()))).isEqualTo(a);
    assertThat(a.plus(a.negate()).isZero()).isTrue();
    assertThat(a.amount().scale()).isEqualTo(a.currency().getDefaultFractionDigits());
  }

  @Property(tries = 50)
  void compareTo_agreesWithSubtraction(
      @ForAll("sameCurrencyTriples") Tuple3<Money, Money, Money> t) {
    int sign = t.get1().minus(t.get2()).amount().signum();
    assertThat(Integer.signum(t.get1().compareTo(t.get2()))).isEqualTo(sign);
  }

  @Provide
  Arbitrary<Tuple3<Money, Money, Money>> sameCurrencyTriples() {
    return Arbitraries.of("EUR", "USD", "JPY", "BHD", "CHF")
        .map(Currency::getInstance)
        .flatMap(
            currency -> {
              Arbitrary<Money> money = amounts(currency);
              return Combinators.combine(money, money, money).as(Tuple::of);
            });
  }

  private static Arbitrary<Money> amounts(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    return Arbitraries.longs()
        .between(-1_000_000_000_000L, 1_000_000_000_000L)
        .map(unscaled -> Money.of(BigDecimal.valueOf(unscaled, digits), currency));
  }
}
