package io.rapport.crm.sample;

import java.math.BigInteger;

/** An independent IBAN check for tests: move the first four characters, letters to numbers. */
final class Iban {
  private Iban() {}

  static boolean isValid(String iban) {
    if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
      return false;
    }
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
