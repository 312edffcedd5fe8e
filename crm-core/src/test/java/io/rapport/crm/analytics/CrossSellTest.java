package io.rapport.crm.analytics;

import static io.rapport.crm.common.ProductType.CURRENT_ACCOUNT;
import static io.rapport.crm.common.ProductType.INSURANCE;
import static io.rapport.crm.common.ProductType.MORTGAGE;
import static io.rapport.crm.common.ProductType.SAVINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Four customers, by hand: c1 {current, savings, mortgage}, c2 {current, savings}, c3 {current,
 * mortgage, insurance}, c4 {current}. Holders: current 4, savings 2, mortgage 2, insurance 1.
 */
class CrossSellTest {
  private static final Map<CustomerId, Set<ProductType>> HOLDINGS = new LinkedHashMap<>();

  static {
    HOLDINGS.put(id(1), Set.of(CURRENT_ACCOUNT, SAVINGS, MORTGAGE));
    HOLDINGS.put(id(2), Set.of(CURRENT_ACCOUNT, SAVINGS));
    HOLDINGS.put(id(3), Set.of(CURRENT_ACCOUNT, MORTGAGE, INSURANCE));
    HOLDINGS.put(id(4), Set.of(CURRENT_ACCOUNT));
  }

  @Test
  void rules_mortgageToInsurance_hasSupportConfidenceAndLift() {
    // when
    List<AssociationRule> rules = CrossSell.rules(HOLDINGS, 0, 0);

    // then: both 1 of 4; 1 of 2 mortgage holders; 0.5 / (1/4)
    AssociationRule rule =
        rules.stream()
            .filter(r -> r.antecedent() == MORTGAGE && r.consequent() == INSURANCE)
            .findFirst()
            .orElseThrow();
    assertThat(rule.support()).isCloseTo(0.25, within(1e-12));
    assertThat(rule.confidence()).isCloseTo(0.5, within(1e-12));
    assertThat(rule.lift()).isCloseTo(2.0, within(1e-12));
    assertThat(rules.get(0).confidence()).isEqualTo(1.0); // e.g. savings -> current
    assertThat(CrossSell.rules(HOLDINGS, 0.3, 0)).noneMatch(r -> r.consequent() == INSURANCE);
  }

  @Test
  void rules_thresholdOutsideZeroToOne_isRefusedNamingIt() {
    // when / then
    for (double share : new double[] {-0.1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> CrossSell.rules(HOLDINGS, share, 0))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("minSupport"));
      assertThatThrownBy(() -> CrossSell.rules(HOLDINGS, 0, share))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("minConfidence"));
    }
  }

  @Test
  void holdingGaps_offer_listsProductsNotHeld() {
    assertThat(CrossSell.holdingGaps(HOLDINGS, EnumSet.of(SAVINGS, MORTGAGE, INSURANCE)).get(id(2)))
        .containsExactlyInAnyOrder(MORTGAGE, INSURANCE);
  }

  @Test
  void recommend_currentAccountOnly_ranksByConfidenceThenLiftThenProduct() {
    // given: current -> savings 0.5 (lift 1), current -> mortgage 0.5 (lift 1), -> insurance 0.25
    List<AssociationRule> rules = CrossSell.rules(HOLDINGS, 0, 0);

    // when
    List<Recommendation> top =
        CrossSell.recommend(id(4), HOLDINGS.get(id(4)), rules, (c, p) -> true, 2);

    // then
    assertThat(top).extracting(Recommendation::product).containsExactly(SAVINGS, MORTGAGE);
    assertThat(top.get(0).explanation())
        .isEqualTo("50% of CURRENT_ACCOUNT holders also hold SAVINGS (lift 1.00)");
  }

  @Test
  void recommend_noConsent_offersNothingForThatProduct() {
    // given
    List<AssociationRule> rules = CrossSell.rules(HOLDINGS, 0, 0);

    // when
    List<Recommendation> top =
        CrossSell.recommend(id(3), HOLDINGS.get(id(3)), rules, (c, p) -> p != SAVINGS, 5);

    // then: savings is c3's only gap reached by a rule
    assertThat(top).isEmpty();
    assertThat(CrossSell.recommend(id(3), HOLDINGS.get(id(3)), rules, (c, p) -> true, 5))
        .extracting(Recommendation::product)
        .containsExactly(SAVINGS);
  }

  @Property(tries = 50)
  void recommend_anyHoldings_neverOffersHeldOrRefusedProducts(
      @ForAll @Size(min = 1, max = 30) List<@Size(max = 8) Set<ProductType>> holdings,
      @ForAll Set<ProductType> refused) {
    // given
    Map<CustomerId, Set<ProductType>> byCustomer = new LinkedHashMap<>();
    for (int i = 0; i < holdings.size(); i++) {
      byCustomer.put(id(i), holdings.get(i));
    }
    List<AssociationRule> rules = CrossSell.rules(byCustomer, 0, 0);

    // then
    byCustomer.forEach(
        (customer, held) -> {
          List<Recommendation> offers =
              CrossSell.recommend(customer, held, rules, (c, p) -> !refused.contains(p), 8);
          assertThat(offers)
              .noneMatch(o -> held.contains(o.product()) || refused.contains(o.product()));
          assertThat(offers)
              .extracting(Recommendation::score)
              .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        });
    assertThat(rules).allSatisfy(r -> assertThat(r.lift()).isPositive());
  }

  private static CustomerId id(long n) {
    return new CustomerId(new UUID(0, n));
  }
}
