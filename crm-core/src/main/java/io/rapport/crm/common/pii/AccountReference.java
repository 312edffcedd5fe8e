package io.rapport.crm.common.pii;

import io.rapport.crm.common.internal.Checks;
import java.util.regex.Pattern;

/**
 * The core-banking reference of an account (an IBAN, an account number, a contract number), or a
 * truncated card number (personal data). A card number is never held whole: {@link #card} keeps
 * only its last four digits, and {@link #of} refuses anything that looks like a full card number.
 * Shown masked: {@code ****1234}.
 *
 * <p>A reference that starts with the country code of a country in the SWIFT IBAN registry followed
 * by two digits, and holds only letters and digits (spaces allowed), is an IBAN: it must have that
 * country's length (22 for GB and DE, 27 for FR, 15 to 33 elsewhere) and valid ISO 13616 check
 * digits (mod 97). Other references (contract numbers, {@code ACC-1}) are checked for shape only.
 */
public record AccountReference(String value, boolean truncatedCard) implements PersonalData {
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,63}");
  private static final Pattern TRUNCATED_CARD = Pattern.compile("\\*{8,15}[0-9]{4}");

  /**
   * Checks the shape and an IBAN's length and check digits; a truncated card reference must be
   * masked but for the last four digits.
   */
  public AccountReference {
    Checks.notNull(value, "accountReference");
    if (truncatedCard) {
      Checks.argument(
          TRUNCATED_CARD.matcher(value).matches(),
          "accountReference",
          "accountReference of a card must be masked except for the last 4 digits");
    } else {
      value = value.strip();
      Checks.argument(
          ACCOUNT.matcher(value).matches(),
          "accountReference",
          "accountReference must be 1 to 64 letters, digits, spaces, '.', '/' or '-'");
      if (Iban.claimed(value)) {
        Checks.argument(
            Iban.hasCountryLength(value),
            "accountReference",
            "accountReference is an IBAN of the wrong length for its country");
        Checks.argument(
            Iban.checksumValid(value),
            "accountReference",
            "accountReference is an IBAN with wrong check digits (ISO 13616 mod 97)");
      }
      Checks.argument(
          !looksLikeCardNumber(value),
          "accountReference",
          "accountReference looks like a card number; use AccountReference.card, which stores"
              + " only the last 4 digits");
    }
  }

  /** An account reference (IBAN, account or contract number); never a card number. */
  public static AccountReference of(String value) {
    return new AccountReference(value, false);
  }

  /**
   * A card reference from a full card number (PAN): checks the Luhn digit, then keeps only the last
   * four digits. The full number is not retained anywhere.
   */
  public static AccountReference card(String pan) {
    Checks.notNull(pan, "cardNumber");
    String digits = pan.replaceAll("[\\s-]", "");
    Checks.argument(
        digits.matches("[0-9]{12,19}") && luhnValid(digits),
        "cardNumber",
        "cardNumber must be 12 to 19 digits with a valid check digit");
    return new AccountReference(
        "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4), true);
  }

  /**
   * Whether {@code value}, without blanks, dashes, dots and slashes (the separators an account
   * reference may contain), is 12 to 19 digits with a valid Luhn digit.
   */
  public static boolean looksLikeCardNumber(String value) {
    String digits = value.replaceAll("[\\s./-]", "");
    return digits.matches("[0-9]{12,19}") && luhnValid(digits);
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubleIt = false;
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
    return sum % 10 == 0;
  }

  @Override
  public String masked() {
    return truncatedCard ? value : Masking.keepLast(value, 4);
  }

  @Override
  public String toString() {
    return masked();
  }
}
