package io.rapport.crm.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckDigitsTest {

  @Test
  void withIbanCheck_publishedExamples_giveTheirCheckDigits() {
    assertThat(BankReferences.withIbanCheck("GB", "WEST12345698765432"))
        .isEqualTo("GB82WEST12345698765432");
    assertThat(BankReferences.withIbanCheck("DE", "370400440532013000"))
        .isEqualTo("DE89370400440532013000");
    assertThat(BankReferences.withIbanCheck("CH", "00762011623852957"))
        .isEqualTo("CH9300762011623852957");
  }

  @Test
  void withLuhnDigit_publishedExample_appendsThree() {
    assertThat(Identifiers.withLuhnDigit("7992739871")).isEqualTo("79927398713");
  }

  @Test
  void withPpsLetter_publishedExample_appendsT() {
    assertThat(Identifiers.withPpsLetter("1234567")).isEqualTo("1234567T");
  }

  @Test
  void withMod1110_publishedTaxIdExample_appendsNine() {
    assertThat(Identifiers.withMod1110("8609574271")).isEqualTo("86095742719");
  }

  @Test
  void withUkVatCheck_anyDigits_bringsTheWeightedSumToAMultipleOf97() {
    // when
    String vat = Identifiers.withUkVatCheck("1234567");

    // then
    int weighted = 0;
    for (int i = 0; i < 7; i++) {
      weighted += (vat.charAt(i) - '0') * (8 - i);
    }
    assertThat((weighted + Integer.parseInt(vat.substring(7))) % 97).isZero();
  }

  @Test
  void ascii_accentedAndSpecialLetters_areSpeltInPlainLetters() {
    assertThat(Emails.ascii("Łukasz")).isEqualTo("lukasz");
    assertThat(Emails.ascii("Nguyễn")).isEqualTo("nguyen");
    assertThat(Emails.ascii("Weiß")).isEqualTo("weiss");
    assertThat(Emails.ascii("Ó Briain")).isEqualTo("obriain");
    assertThat(Emails.ascii("İpek")).isEqualTo("ipek");
    assertThat(Emails.ascii("D'Angelo")).isEqualTo("dangelo");
  }

  @Test
  void cultures_allNames_containAtLeastOneLetterForEmails() {
    for (Culture culture : Culture.ALL) {
      for (String[] names : new String[][] {culture.female(), culture.male(), culture.family()}) {
        assertThat(names).allSatisfy(name -> assertThat(Emails.ascii(name)).isNotEmpty());
      }
    }
  }
}
