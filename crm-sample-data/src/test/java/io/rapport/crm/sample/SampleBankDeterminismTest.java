package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.Customer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleBankDeterminismTest {

  @Test
  void generate_sameSpec_givesEqualBanks() {
    // given
    SampleBankSpec spec = SampleBankSpec.of(7, 1_500);

    // when
    SampleBank first = SampleBank.generate(spec);
    SampleBank second = SampleBank.generate(spec);

    // then
    assertThat(second).isEqualTo(first);
    assertThat(second.customers()).isEqualTo(first.customers());
    assertThat(second.holdings()).isEqualTo(first.holdings());
    assertThat(first.customers()).hasSize(1_500);
  }

  @Test
  void generate_otherSeed_givesDifferentData() {
    // given
    SampleBankSpec spec = SampleBankSpec.of(7, 500);

    // when
    SampleBank first = SampleBank.generate(spec);
    SampleBank other = SampleBank.generate(spec.withSeed(8));

    // then
    assertThat(other.customers()).hasSize(500);
    assertThat(other.customers().stream().map(Customer::id))
        .doesNotContainAnyElementsOf(first.customers().stream().map(Customer::id).toList());
    assertThat(other.customers().stream().map(Customer::displayName).toList())
        .isNotEqualTo(first.customers().stream().map(Customer::displayName).toList());
  }

  @Test
  void generate_largerSpec_startsLikeTheSmallerOne() {
    // given
    SampleBankSpec small = SampleBankSpec.of(3, 200).withOrganisationShare(0);

    // when
    SampleBank smaller = SampleBank.generate(small);
    SampleBank larger = SampleBank.generate(small.withCustomers(400));

    // then: the same seed draws the same first persons, so data sets nest
    assertThat(larger.customers().get(0)).isEqualTo(smaller.customers().get(0));
  }

  @Test
  void generate_idsAndTimes_followTheReferenceTime() {
    // given
    Instant reference = Instant.parse("2030-03-01T12:00:00Z");

    // when
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(1, 300).withReferenceTime(reference));

    // then
    assertThat(bank.customers())
        .allSatisfy(
            customer -> {
              assertThat(customer.id().value().version()).isEqualTo(7);
              assertThat(customer.createdAt()).isBeforeOrEqualTo(reference);
              assertThat(customer.updatedAt()).isBetween(customer.createdAt(), reference);
            });
    long idMillis = bank.customers().get(0).id().value().getMostSignificantBits() >>> 16;
    assertThat(idMillis).isEqualTo(reference.toEpochMilli());
    assertThat(bank.holdings()).allSatisfy(h -> assertThat(h.asOf()).isEqualTo(reference));
  }
}
