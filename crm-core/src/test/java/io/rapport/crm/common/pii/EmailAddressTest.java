package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "john.smith@example.com",
        "a@b.co",
        "first+tag@sub.domain.example.org",
        "O'Brien@example.ie",
        "user_name-1@bank-1.co.uk",
        "zoë@exämple.de"
      })
  void of_validShape_isAccepted(String value) {
    // when
    EmailAddress email = EmailAddress.of(value);

    // then
    assertThat(email.value()).isEqualTo(value);
  }

  @Test
  void of_surroundingBlanks_areTrimmed() {
    // when
    EmailAddress email = EmailAddress.of("  \tJohn.Smith@Example.COM \n");

    // then
    assertThat(email.value()).isEqualTo("John.Smith@Example.COM");
    assertThat(email).isEqualTo(EmailAddress.of("John.Smith@Example.COM"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "plain",
        "@example.com",
        "john@",
        "john@example",
        "john@@example.com",
        "jo hn@example.com",
        "john@exa mple.com",
        "john@.com",
        "john@example..com",
        "john@example.com.",
        "john@a@example.com"
      })
  void of_invalidShape_isRefusedNamingEmail(String value) {
    // when / then
    assertThatThrownBy(() -> EmailAddress.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"))
        .hasMessage("email is not a valid address");
  }

  @Test
  void of_localPartOver64Characters_isRefused() {
    // given
    String value = "x".repeat(65) + "@example.com";

    // when / then
    assertThatThrownBy(() -> EmailAddress.of(value))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("email is not a valid address");
    assertThat(EmailAddress.of("x".repeat(64) + "@example.com").value()).hasSize(76);
  }

  @Test
  void of_over254Characters_isRefusedAnd254Accepted() {
    // given
    String exactly254 = "a@" + "b".repeat(248) + ".com";
    String tooLong = "a@" + "b".repeat(249) + ".com";

    // when / then
    assertThat(EmailAddress.of(exactly254).value()).hasSize(254);
    assertThatThrownBy(() -> EmailAddress.of(tooLong))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("email must have at most 254 characters");
  }

  @Test
  void of_null_isRefusedNamingEmail() {
    // when / then
    assertThatThrownBy(() -> EmailAddress.of(null)).hasMessage("email must not be null");
  }

  @Test
  void normalized_isLowerCase() {
    // when
    EmailAddress email = EmailAddress.of("John.SMITH@Example.Com");

    // then
    assertThat(email.normalized()).isEqualTo("john.smith@example.com");
    assertThat(email.value()).isEqualTo("John.SMITH@Example.Com");
  }

  @Test
  void masked_showsFirstCharactersAndTopLevelDomainOnly() {
    // given
    EmailAddress email = EmailAddress.of("john.smith@example.co.uk");

    // when
    String masked = email.masked();

    // then
    assertThat(masked).isEqualTo("j***@e***.uk");
    assertThat(masked).doesNotContain("john", "smith", "example", "xample");
    assertThat(email).hasToString(masked);
  }

  @Test
  void toString_concatenated_showsOnlyTheMask() {
    // given
    EmailAddress email = EmailAddress.of("alice.jones@mybank.com");

    // when
    String logLine = "sending to " + email;

    // then
    assertThat(logLine).isEqualTo("sending to a***@m***.com");
  }
}
