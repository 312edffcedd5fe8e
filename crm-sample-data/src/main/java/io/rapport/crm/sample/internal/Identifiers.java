package io.rapport.crm.sample.internal;

import io.rapport.crm.common.pii.GovernmentId;
import java.time.LocalDate;

/**
 * Fictional national and tax ids in each country's real shape, with valid check digits where the
 * shape has them. British national insurance numbers use the prefix {@code QQ}, which HMRC never
 * allocates (it is the one its own examples use).
 */
final class Identifiers {
  private static final String PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

  private Identifiers() {}

  /** A person's national id: NI number, PPS number, Steuer-IdNr or NIR. */
  static GovernmentId nationalId(
      Dice dice, Country country, City city, LocalDate birth, boolean female) {
    String value =
        switch (country) {
          case GB -> "QQ" + dice.digits(6) + dice.letter("ABCD");
          case IE -> withPpsLetter(dice.digits(7));
          case DE -> withMod1110(nonZeroDigit(dice) + dice.digits(9));
          case FR -> nir(dice, city, birth, female);
        };
    return new GovernmentId(GovernmentId.Kind.NATIONAL_ID, country.name(), value);
  }

  /** An organisation's VAT number: GB, IE, DE or FR shape with its check. */
  static GovernmentId taxId(Dice dice, Country country) {
    String value =
        switch (country) {
          case GB -> "GB" + withUkVatCheck(nonZeroDigit(dice) + dice.digits(6));
          case IE -> "IE" + withPpsLetter(dice.digits(7));
          case DE -> "DE" + withMod1110(nonZeroDigit(dice) + dice.digits(7));
          case FR -> frenchVat(withLuhnDigit(nonZeroDigit(dice) + dice.digits(7)));
        };
    return new GovernmentId(GovernmentId.Kind.TAX_ID, country.name(), value);
  }

  private static String nonZeroDigit(Dice dice) {
    return String.valueOf(dice.between(1, 9));
  }

  /** Irish PPS/VAT check letter: weights 8..2, modulo 23, 0 is W. */
  static String withPpsLetter(String sevenDigits) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (sevenDigits.charAt(i) - '0') * (8 - i);
    }
    return sevenDigits + PPS_LETTERS.charAt(sum % 23);
  }

  /** ISO 7064 MOD 11,10 check digit, as used by the German tax ids. */
  static String withMod1110(String digits) {
    int product = 10;
    for (int i = 0; i < digits.length(); i++) {
      int sum = (digits.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    return digits + (check == 10 ? 0 : check);
  }

  /**
   * UK VAT: weights 8..2 on seven digits; the last two digits bring the sum to a multiple of 97.
   */
  static String withUkVatCheck(String sevenDigits) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (sevenDigits.charAt(i) - '0') * (8 - i);
    }
    int check = 97 - sum % 97;
    return sevenDigits + Dice.twoDigits(check == 97 ? 0 : check);
  }

  /** The digits followed by their Luhn check digit. */
  static String withLuhnDigit(String digits) {
    int sum = 0;
    boolean doubleIt = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubleIt) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubleIt = !doubleIt;
    }
    return digits + (10 - sum % 10) % 10;
  }

  /** French intra-community VAT: FR, a two-digit key of the SIREN, then the SIREN. */
  private static String frenchVat(String siren) {
    long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
    return "FR" + Dice.twoDigits((int) key) + siren;
  }

  /** French NIR: sex, year, month, département, commune, order, then 97 minus the rest mod 97. */
  private static String nir(Dice dice, City city, LocalDate birth, boolean female) {
    String department = dice.chance(0.6) ? city.department() : Dice.twoDigits(dice.between(1, 95));
    if ("20".equals(department)) {
      department = "21"; // Corsica's 2A and 2B are not numeric; keep the NIR all digits
    }
    String body =
        (female ? "2" : "1")
            + Dice.twoDigits(birth.getYear() % 100)
            + Dice.twoDigits(birth.getMonthValue())
            + department
            + dice.digits(3)
            + dice.digits(3);
    long key = 97 - Long.parseLong(body) % 97;
    return body + Dice.twoDigits((int) key);
  }
}
