package io.rapport.crm.common.pii;

/** Builds card numbers for tests: a valid Luhn check digit on any digit prefix. */
final class Cards {
  private Cards() {}

  /** {@code prefix} followed by the Luhn check digit that makes it valid. */
  static String withCheckDigit(String prefix) {
    for (int check = 0; check <= 9; check++) {
      String candidate = prefix + check;
      if (luhnValid(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no check digit for " + prefix);
  }

  /** {@code prefix} followed by a check digit that makes it invalid. */
  static String withWrongCheckDigit(String prefix) {
    String valid = withCheckDigit(prefix);
    int check = valid.charAt(valid.length() - 1) - '0';
    return prefix + (check + 1) % 10;
  }

  static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
