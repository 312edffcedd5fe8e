package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

  @Test
  void new_validAddress_normalisesCountryAndCopiesLines() {
    // given
    List<String> lines = new ArrayList<>(List.of("10 Downing Street", "Westminster"));

    // when
    PostalAddress address = new PostalAddress(lines, "London", null, "sw1a 2aa", " gb ");
    lines.add("changed later");

    // then
    assertThat(address.country()).isEqualTo("GB");
    assertThat(address.lines()).containsExactly("10 Downing Street", "Westminster");
    assertThatThrownBy(() -> address.lines().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(address.normalizedPostcode()).isEqualTo("SW1A2AA");
  }

  @Test
  void masked_showsOnlyTheCountry() {
    // given
    PostalAddress address =
        new PostalAddress(
            List.of("10 Downing Street"), "London", "Greater London", "SW1A 2AA", "GB");

    // when
    String masked = address.masked();

    // then
    assertThat(masked).isEqualTo("PostalAddress[country=GB]");
    assertThat(address).hasToString(masked);
    assertThat(address.toString()).doesNotContain("Downing", "London", "SW1A");
  }

  @Test
  void normalizedPostcode_absent_isNull() {
    // when / then
    assertThat(
            new PostalAddress(List.of("1 Main St"), "Dublin", null, null, "IE")
                .normalizedPostcode())
        .isNull();
  }

  @Test
  void new_lineCount_mustBeOneToFour() {
    // when / then
    assertThatThrownBy(() -> address(List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("address.lines"))
        .hasMessage("address.lines must have 1 to 4 lines");
    assertThatThrownBy(() -> address(List.of("1", "2", "3", "4", "5")))
        .hasMessage("address.lines must have 1 to 4 lines");
    assertThat(address(List.of("1", "2", "3", "4")).lines()).hasSize(4);
  }

  @Test
  void new_invalidParts_areRefusedNamingThePart() {
    // when / then
    assertThatThrownBy(() -> address(List.of("x".repeat(201))))
        .hasMessage("address.lines must have at most 200 characters");
    assertThatThrownBy(() -> address(Arrays.asList("1 Main St", null)))
        .hasMessage("address.lines must not contain null elements");
    assertThatThrownBy(() -> address(List.of(" "))).hasMessage("address.lines must not be blank");
    assertThatThrownBy(() -> new PostalAddress(List.of("1"), null, null, null, "GB"))
        .hasMessage("address.city must not be null");
    assertThatThrownBy(() -> new PostalAddress(List.of("1"), "c", " ", null, "GB"))
        .hasMessage("address.region must not be blank");
    assertThatThrownBy(() -> new PostalAddress(List.of("1"), "c", null, "1".repeat(21), "GB"))
        .hasMessage("address.postcode must have at most 20 characters");
    assertThatThrownBy(() -> new PostalAddress(List.of("1"), "c", null, null, "GBR"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("address.country"))
        .hasMessage("address.country must be an ISO 3166-1 alpha-2 code");
    assertThatThrownBy(() -> new PostalAddress(List.of("1"), "c", null, null, null))
        .hasMessage("address.country must not be null");
  }

  private static PostalAddress address(List<String> lines) {
    return new PostalAddress(lines, "Leeds", null, "LS1 1AA", "GB");
  }
}
