package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"a", "bank-1", "Bank_2.eu", "0", "t-0193a4b2-7c1e-7000-8000-000000000000"})
  void of_validFormat_keepsValue(String value) {
    // given / when
    TenantId tenant = TenantId.of(value);

    // then
    assertThat(tenant.value()).isEqualTo(value);
    assertThat(tenant).hasToString(value).isEqualTo(TenantId.of(value));
  }

  @Test
  void of_sixtyFourCharacters_isAccepted() {
    // given
    String value = "a".repeat(64);

    // when
    TenantId tenant = TenantId.of(value);

    // then
    assertThat(tenant.value()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "bank 1", "bank/1", "bank:1", "bänk", "bank\n", "a@b"})
  void of_invalidCharacters_isRefusedNamingTenant(String value) {
    // when / then
    assertThatThrownBy(() -> TenantId.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tenant"))
        .hasMessage("tenant must be 1 to 64 letters, digits, '.', '_' or '-'");
  }

  @Test
  void of_sixtyFiveCharacters_isRefused() {
    // when / then
    assertThatThrownBy(() -> TenantId.of("a".repeat(65)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("tenant must be 1 to 64");
  }

  @Test
  void of_null_isRefusedNamingTenant() {
    // when / then
    assertThatThrownBy(() -> TenantId.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tenant must not be null");
  }

  @Property(tries = 50)
  void of_anyAllowedCharacters_roundTrips(
      @ForAll
          @StringLength(min = 1, max = 64)
          @CharRange(from = 'a', to = 'z')
          @CharRange(from = 'A', to = 'Z')
          @CharRange(from = '0', to = '9')
          @Chars({'.', '_', '-'})
          String value) {
    // when
    TenantId tenant = TenantId.of(value);

    // then
    assertThat(tenant.value()).isEqualTo(value);
  }
}
