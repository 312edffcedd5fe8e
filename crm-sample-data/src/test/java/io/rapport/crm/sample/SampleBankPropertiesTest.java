package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class SampleBankPropertiesTest {

  @Property(tries = 40)
  void generate_anySpec_keepsTheInvariants(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int customers,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double organisationShare) {
    // given
    SampleBankSpec spec =
        SampleBankSpec.of(seed, customers).withOrganisationShare(organisationShare);

    // when
    SampleBank bank = SampleBank.generate(spec);

    // then
    assertThat(bank.customers()).hasSize(customers);
    BankInvariants.check(bank);
  }

  @Property(tries = 10)
  void generate_anySeedTwice_givesEqualBanks(@ForAll long seed) {
    // given
    SampleBankSpec spec = SampleBankSpec.of(seed, 150);

    // when / then
    assertThat(SampleBank.generate(spec)).isEqualTo(SampleBank.generate(spec));
  }
}
