package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0044 (20) 7946-0018 | +442079460018",
        "+44 (0)20 7946 0018 | +442079460018",
        "+44 20 7946 0018 | +442079460018",
        "  +1 212.555.0100  | +12125550100",
        "+49/30/901820 | +4930901820",
        "+1234567 | +1234567",
        "+123456789012345 | +123456789012345",
        "00353-1-234-5678 | +35312345678"
      })
  void of_internationalNumber_isNormalisedToE164(String raw, String expected) {
    // when
    PhoneNumber phone = PhoneNumber.of(raw);

    // then
    assertThat(phone.value()).isEqualTo(expected);
    assertThat(phone.normalized()).isEqualTo(expected);
    assertThat(phone).isEqualTo(PhoneNumber.of(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "020 7946 0018",
        "07946001800",
        "+0 123 456 789",
        "+123456",
        "+1234567890123456",
        "+44 20 ABCD 0018",
        "++442079460018",
        "+44_2079460018",
        "phone"
      })
  void of_invalidNumber_isRefusedNamingPhone(String raw) {
    // when / then
    assertThatThrownBy(() -> PhoneNumber.of(raw))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("phone"))
        .hasMessage("phone must be an international number (+ country code, 7 to 15 digits)");
  }

  @Test
  void of_null_isRefusedNamingPhone() {
    // when / then
    assertThatThrownBy(() -> PhoneNumber.of(null)).hasMessage("phone must not be null");
  }

  @Test
  void masked_keepsCountryPrefixAndLastTwoDigits() {
    // given
    PhoneNumber phone = PhoneNumber.of("0044 (20) 7946-0018");

    // when
    String masked = phone.masked();

    // then
    assertThat(masked).isEqualTo("+44********18");
    assertThat(masked).hasSameSizeAs(phone.value()).doesNotContain("7946", "2079460018");
    assertThat(phone).hasToString(masked);
  }

  @Test
  void masked_shortestNumber_hidesTheMiddle() {
    // when
    String masked = PhoneNumber.of("+1234567").masked();

    // then
    assertThat(masked).isEqualTo("+12***67");
  }
}
