package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.RelationshipType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleBankDistributionTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 2025})
  void generate_fiveThousand_hasBankLikeStatusShares(long seed) {
    // when
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(seed, 5_000));

    // then
    List<Customer> customers = bank.customers();
    assertThat(share(customers, c -> c.status() == CustomerStatus.ACTIVE)).isBetween(0.75, 0.87);
    assertThat(share(customers, c -> c.status() == CustomerStatus.PROSPECT)).isBetween(0.04, 0.10);
    assertThat(share(customers, c -> c.status() == CustomerStatus.DORMANT)).isBetween(0.05, 0.13);
    assertThat(share(customers, c -> c.status() == CustomerStatus.CLOSED)).isBetween(0.01, 0.07);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 2025})
  void generate_fiveThousand_hasTheRequestedOrganisationShareAndSegmentMix(long seed) {
    // when
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(seed, 5_000));

    // then
    List<Customer> customers = bank.customers();
    assertThat(share(customers, c -> c.kind() == PartyKind.ORGANISATION))
        .isCloseTo(0.08, within(0.0001));
    assertThat(share(customers, c -> c.tags().contains("mass-retail"))).isBetween(0.55, 0.75);
    assertThat(share(customers, c -> c.tags().contains("affluent"))).isBetween(0.07, 0.18);
    assertThat(share(customers, c -> c.tags().contains("private-banking"))).isBetween(0.01, 0.05);
    assertThat(share(customers, c -> c.tags().contains("student"))).isBetween(0.05, 0.20);
    assertThat(customers.stream().map(Customer::preferredLanguage).distinct().count())
        .isGreaterThanOrEqualTo(10);
    assertThat(customers.stream().map(c -> c.owner()).distinct().count()).isEqualTo(41);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 2025})
  void generate_fiveThousand_hasHouseholdsOfAllSizesAndFamilyLinks(long seed) {
    // when
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(seed, 5_000));

    // then
    Map<Integer, Long> sizes =
        bank.households().stream()
            .collect(Collectors.groupingBy(h -> h.members().size(), Collectors.counting()));
    assertThat(sizes).containsOnlyKeys(1, 2, 3, 4, 5);
    long inHouseholds = bank.households().stream().mapToLong(h -> h.members().size()).sum();
    assertThat(inHouseholds / 4_600.0).isBetween(0.65, 0.92);
    Set<RelationshipType> types =
        bank.relationships().stream().map(r -> r.type()).collect(Collectors.toSet());
    assertThat(types)
        .contains(
            RelationshipType.SPOUSE,
            RelationshipType.PARTNER,
            RelationshipType.PARENT,
            RelationshipType.DIRECTOR,
            RelationshipType.BUSINESS_OWNER,
            RelationshipType.EMPLOYER);
    assertThat(bank.households().stream().map(Household::name))
        .allMatch(n -> n.endsWith("household"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 2025})
  void generate_fiveThousand_hasRealisticProductsAndBalances(long seed) {
    // when
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(seed, 5_000));

    // then
    List<Holding> holdings = bank.holdings();
    long active =
        bank.customers().stream().filter(c -> c.status() == CustomerStatus.ACTIVE).count();
    assertThat((double) holdings.size() / active).isBetween(2.0, 4.0);
    assertThat(holdings.stream().map(h -> h.balance().currency().getCurrencyCode()).distinct())
        .containsExactlyInAnyOrder("EUR", "GBP", "CHF", "USD");
    List<Holding> openMortgages =
        holdings.stream().filter(h -> h.productType() == ProductType.MORTGAGE && h.open()).toList();
    assertThat(openMortgages).isNotEmpty().allMatch(h -> h.balance().isNegative());
    assertThat(
            holdings.stream()
                .filter(h -> h.productType() == ProductType.SAVINGS && h.open())
                .allMatch(h -> h.balance().amount().signum() >= 0))
        .isTrue();
    assertThat(holdings.stream().filter(h -> h.role() == HoldingRole.JOINT_OWNER)).isNotEmpty();
    assertThat(holdings.stream().filter(h -> !h.open())).isNotEmpty();
  }

  private static double share(List<Customer> customers, Predicate<Customer> test) {
    return (double) customers.stream().filter(test).count() / customers.size();
  }
}
