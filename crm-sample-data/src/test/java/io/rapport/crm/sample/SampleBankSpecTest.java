package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SampleBankSpecTest {

  @Test
  void defaults_areFiveThousandCustomersFromSeed42() {
    // when
    SampleBankSpec spec = SampleBankSpec.defaults();

    // then
    assertThat(spec.seed()).isEqualTo(42);
    assertThat(spec.customers()).isEqualTo(5_000);
    assertThat(spec.organisationShare()).isEqualTo(0.08);
    assertThat(spec.clock().instant()).isEqualTo(spec.referenceTime());
    assertThat(spec.clock().getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(spec.referenceDate()).isEqualTo(LocalDate.of(2025, 1, 6));
  }

  @Test
  void create_zeroCustomers_isRefusedNamingTheField() {
    assertThatThrownBy(() -> SampleBankSpec.of(1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customers must be 1..")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("customers");
  }

  @Test
  void create_shareAboveOne_isRefusedNamingTheField() {
    assertThatThrownBy(() -> SampleBankSpec.of(1, 10).withOrganisationShare(1.5))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("organisationShare");
  }

  @Test
  void create_shareNotANumber_isRefused() {
    assertThatThrownBy(() -> SampleBankSpec.of(1, 10).withOrganisationShare(Double.NaN))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void create_nullReferenceTime_isRefusedNamingTheField() {
    assertThatThrownBy(() -> SampleBankSpec.of(1, 10).withReferenceTime(null))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("referenceTime");
  }

  @Test
  void generate_onlyOrganisations_givesNoHouseholds() {
    // when
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(5, 20).withOrganisationShare(1.0));

    // then
    assertThat(bank.customers()).hasSize(20);
    assertThat(bank.households()).isEmpty();
    assertThat(bank.relationships()).isEmpty();
  }
}
