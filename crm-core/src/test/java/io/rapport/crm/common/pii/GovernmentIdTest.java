package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.pii.GovernmentId.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GovernmentIdTest {

  @Test
  void new_countryAndValue_areNormalised() {
    // when
    GovernmentId id = new GovernmentId(Kind.NATIONAL_ID, " gb ", "  AB123456C ");

    // then
    assertThat(id.country()).isEqualTo("GB");
    assertThat(id.value()).isEqualTo("AB123456C");
    assertThat(id).isEqualTo(new GovernmentId(Kind.NATIONAL_ID, "GB", "AB123456C"));
  }

  @Test
  void masked_showsKindCountryAndLastTwoCharacters() {
    // given
    GovernmentId id = new GovernmentId(Kind.NATIONAL_ID, "GB", "AB123456C");

    // when
    String masked = id.masked();

    // then
    assertThat(masked).isEqualTo("NATIONAL_ID:GB:*******6C");
    assertThat(id).hasToString(masked);
    assertThat(masked).doesNotContain("AB12", "123456");
  }

  @Test
  void masked_shortValue_showsAtMostHalf() {
    // when / then
    assertThat(new GovernmentId(Kind.PASSPORT, "DE", "X").masked()).isEqualTo("PASSPORT:DE:*");
    assertThat(new GovernmentId(Kind.TAX_ID, "DE", "12").masked()).isEqualTo("TAX_ID:DE:*2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBR", "G", "G1", "", "12", "G B"})
  void new_invalidCountry_isRefusedNamingCountry(String country) {
    // when / then
    assertThatThrownBy(() -> new GovernmentId(Kind.TAX_ID, country, "123"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("governmentId.country"))
        .hasMessage("governmentId.country must be an ISO 3166-1 alpha-2 code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "#123", "-123", "12#3", "AB_12", "ÄB12"})
  void new_invalidValue_isRefusedNamingValue(String value) {
    // when / then
    assertThatThrownBy(() -> new GovernmentId(Kind.NATIONAL_ID, "FR", value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("governmentId.value"))
        .hasMessage("governmentId.value must be 1 to 64 letters, digits, spaces, '.', '/' or '-'");
  }

  @Test
  void new_valueLengthLimit_is64() {
    // when / then
    assertThat(new GovernmentId(Kind.PASSPORT, "FR", "A".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> new GovernmentId(Kind.PASSPORT, "FR", "A".repeat(65)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void new_nulls_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> new GovernmentId(null, "FR", "1"))
        .hasMessage("governmentId.kind must not be null");
    assertThatThrownBy(() -> new GovernmentId(Kind.TAX_ID, null, "1"))
        .hasMessage("governmentId.country must not be null");
    assertThatThrownBy(() -> new GovernmentId(Kind.TAX_ID, "FR", null))
        .hasMessage("governmentId.value must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ZZ", "XX", "UK", "EU"})
  void new_unassignedCountryCode_isRefusedNamingTheCountry(String country) {
    // when / then
    assertThatThrownBy(() -> new GovernmentId(Kind.NATIONAL_ID, country, "AB123456C"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("governmentId.country"))
        .hasMessage("governmentId.country must be an ISO 3166-1 alpha-2 code");
  }
}
