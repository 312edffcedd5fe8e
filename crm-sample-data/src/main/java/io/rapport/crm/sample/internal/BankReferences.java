package io.rapport.crm.sample.internal;

import io.rapport.crm.common.pii.AccountReference;

/**
 * Fictional account references: IBANs of the made-up bank "RAPP" (bank code {@code RAPP} where the
 * country's IBAN allows letters, a made-up numeric code where it does not) with correct ISO 13616
 * mod-97 check digits, contract numbers for loans, policies and portfolios, and card references
 * made from Luhn-valid card numbers of which only the last four digits are kept.
 */
final class BankReferences {
  private BankReferences() {}

  /** An IBAN of {@code country}; {@code CH} for Swiss-franc accounts booked in Zurich. */
  static AccountReference iban(Dice dice, String country) {
    String bban =
        switch (country) {
          case "GB", "IE" -> "RAPP" + dice.digits(6) + dice.digits(8);
          case "DE" -> "50099000" + dice.digits(10);
          case "FR" -> frenchBban(dice);
          case "CH" -> "09999" + dice.digits(12);
          default -> throw new IllegalArgumentException("no IBAN format for " + country);
        };
    return AccountReference.of(withIbanCheck(country, bban));
  }

  /** The IBAN {@code country + check digits + bban}, with check digits per ISO 13616. */
  static String withIbanCheck(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + Dice.twoDigits(check) + bban;
  }

  /** The remainder modulo 97 of the text read as a number, letters counting A=10 to Z=35. */
  static int mod97(String text) {
    int remainder = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder;
  }

  /** French RIB: bank, branch, 11-digit account and the RIB key. */
  private static String frenchBban(Dice dice) {
    String bank = "30099";
    String branch = "0" + dice.digits(4);
    String account = dice.digits(11);
    long key =
        97
            - (89 * Long.parseLong(bank)
                    + 15 * Long.parseLong(branch)
                    + 3 * Long.parseLong(account))
                % 97;
    return bank + branch + account + Dice.twoDigits((int) key);
  }

  /** A contract number such as {@code MTG-4821937465}: never card-shaped (it holds letters). */
  static AccountReference contract(Dice dice, String prefix, int digits) {
    return AccountReference.of(prefix + "-" + dice.digits(digits));
  }

  /**
   * A card reference from a generated 16-digit number in the issuer test ranges (Visa 400000,
   * Mastercard 555555) with a valid Luhn digit; only the last four digits survive.
   */
  static AccountReference card(Dice dice) {
    String prefix = dice.chance(0.6) ? "400000" : "555555";
    return AccountReference.card(Identifiers.withLuhnDigit(prefix + dice.digits(9)));
  }
}
