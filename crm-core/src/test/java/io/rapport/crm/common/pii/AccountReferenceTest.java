package io.rapport.crm.common.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountReferenceTest {
  private static final String VISA_TEST_PAN = "4111111111111111";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1111",
        "4111111111111111",
        "4111-1111-1111-1111",
        "5500 0000 0000 0004",
        "378282246310005",
        "6011 1111 1111 1117"
      })
  void card_validPan_keepsOnlyTheLastFourDigits(String pan) {
    // given
    String digits = pan.replaceAll("[ -]", "");

    // when
    AccountReference card = AccountReference.card(pan);

    // then
    assertThat(card.truncatedCard()).isTrue();
    assertThat(card.value())
        .isEqualTo("*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4));
    assertThat(card.value()).doesNotContain(digits.substring(0, 6));
    assertThat(card.toString()).doesNotContain(digits).doesNotContain(pan);
    assertThat(card.masked()).isEqualTo(card.value()).isEqualTo(card.toString());
  }

  @Test
  void card_samePanWrittenDifferently_givesEqualReferences() {
    // when / then
    assertThat(AccountReference.card("4111 1111 1111 1111"))
        .isEqualTo(AccountReference.card(VISA_TEST_PAN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111112",
        "41111111111",
        "41111111111111111111",
        "4111 1111 1111 111x",
        "",
        "card"
      })
  void card_invalidPan_isRefusedNamingCardNumber(String pan) {
    // when / then
    assertThatThrownBy(() -> AccountReference.card(pan))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cardNumber"))
        .hasMessage("cardNumber must be 12 to 19 digits with a valid check digit");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "4111 1111 1111 1111",
        " 4111-1111-1111-1111 ",
        "4111.1111.1111.1111",
        "4111/1111/1111/1111",
        "5500000000000004"
      })
  void of_luhnValidPan_isRefusedPointingToCard(String value) {
    // when / then
    assertThatThrownBy(() -> AccountReference.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("accountReference"))
        .hasMessageContaining("looks like a card number")
        .hasMessageContaining("AccountReference.card")
        .hasMessageNotContaining("4111");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82 WEST 1234 5698 7654 32",
        "DE89370400440532013000",
        "12-34-56 12345678",
        "LOAN/2024/000123",
        "4111111111111112",
        "A"
      })
  void of_accountReference_isAcceptedAndMaskedToLastFour(String value) {
    // when
    AccountReference reference = AccountReference.of(value);

    // then
    assertThat(reference.truncatedCard()).isFalse();
    assertThat(reference.value()).isEqualTo(value);
    assertThat(reference.masked()).isEqualTo(Masking.keepLast(value, 4));
    assertThat(reference).hasToString(reference.masked());
  }

  @Test
  void masked_iban_hidesAllButLastFour() {
    // given
    AccountReference iban = AccountReference.of("DE89370400440532013000");

    // when / then
    assertThat(iban.masked()).isEqualTo("******************3000");
    assertThat(iban.toString()).doesNotContain("DE89", "37040044");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "#123", "-abc", "acc_1", "ÄB12"})
  void of_invalidShape_isRefusedNamingAccountReference(String value) {
    // when / then
    assertThatThrownBy(() -> AccountReference.of(value))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("accountReference"))
        .hasMessage("accountReference must be 1 to 64 letters, digits, spaces, '.', '/' or '-'");
  }

  @Test
  void new_truncatedCardFlagWithFullNumber_isRefused() {
    // when / then
    assertThatThrownBy(() -> new AccountReference(VISA_TEST_PAN, true))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("accountReference of a card must be masked except for the last 4 digits")
        .hasMessageNotContaining(VISA_TEST_PAN);
    assertThatThrownBy(() -> new AccountReference("****1111", true))
        .isInstanceOf(InvalidValueException.class);
    assertThat(new AccountReference("********1111", true).masked()).isEqualTo("********1111");
  }

  @Test
  void looksLikeCardNumber_distinguishesPansFromOtherNumbers() {
    // when / then
    assertThat(AccountReference.looksLikeCardNumber("4111 1111 1111 1111")).isTrue();
    assertThat(AccountReference.looksLikeCardNumber(Cards.withCheckDigit("40000000000"))).isTrue();
    assertThat(AccountReference.looksLikeCardNumber("4111111111111112")).isFalse();
    assertThat(AccountReference.looksLikeCardNumber("41111111113")).isFalse();
    assertThat(AccountReference.looksLikeCardNumber("DE89370400440532013000")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB29NWBK60161331926819",
        "GB29 NWBK 6016 1331 9268 19",
        "gb29nwbk60161331926819",
        "DE89370400440532013000",
        "CH9300762011623852957",
        "NO9386011117947",
        "MT84MALT011000012345MTLCAST001S"
      })
  void of_validIban_isAccepted(String iban) {
    // when
    AccountReference reference = AccountReference.of(iban);

    // then
    assertThat(reference.value()).isEqualTo(iban);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GB28NWBK60161331926819", "GB29NWBK60161331926818", "DE89370400440532013001"})
  void of_ibanWithWrongCheckDigits_isRefusedWithoutTheValue(String iban) {
    // when / then
    assertThatThrownBy(() -> AccountReference.of(iban))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("accountReference"))
        .hasMessage("accountReference is an IBAN with wrong check digits (ISO 13616 mod 97)")
        .hasMessageNotContaining(iban);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GB29NWBK6016133192681", "DE8937040044053201300099", "FR12X"})
  void of_ibanOfTheWrongLengthForItsCountry_isRefused(String iban) {
    // when / then
    assertThatThrownBy(() -> AccountReference.of(iban))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("accountReference is an IBAN of the wrong length for its country");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACC-1", "US12345678901234567", "CONTRACT 0042", "GB-29-NWBK"})
  void of_referenceThatIsNoIban_isCheckedForShapeOnly(String value) {
    // when / then
    assertThat(AccountReference.of(value).value()).isEqualTo(value);
  }
}
