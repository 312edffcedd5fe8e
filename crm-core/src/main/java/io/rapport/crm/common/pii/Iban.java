package io.rapport.crm.common.pii;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The structure of an International Bank Account Number (ISO 13616): a country code, two check
 * digits and the country's basic bank account number, of a length fixed per country. Spaces are
 * allowed between groups of four. Not API.
 */
final class Iban {
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");

  /**
   * The length of an IBAN per country, from the SWIFT IBAN registry (release 98, 2024). A reference
   * that starts with one of these country codes and two digits is an IBAN.
   */
  private static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BI", 27),
          Map.entry("BR", 29),
          Map.entry("BY", 28),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DJ", 27),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FK", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IQ", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LC", 32),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("LY", 25),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MN", 20),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NI", 28),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("OM", 23),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("RU", 33),
          Map.entry("SA", 24),
          Map.entry("SC", 31),
          Map.entry("SD", 18),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("SO", 23),
          Map.entry("ST", 25),
          Map.entry("SV", 28),
          Map.entry("TL", 23),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VA", 22),
          Map.entry("VG", 24),
          Map.entry("XK", 20),
          Map.entry("YE", 30));

  private Iban() {}

  /** {@code value} without spaces, in upper case. */
  static String compact(String value) {
    return value.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Whether {@code value} claims to be an IBAN: the code of a country of the IBAN registry, two
   * digits, then letters and digits only (spaces allowed).
   */
  static boolean claimed(String value) {
    String compact = compact(value);
    return compact.length() >= 4
        && LENGTHS.containsKey(compact.substring(0, 2))
        && SHAPE.matcher(compact).matches();
  }

  /** Whether the IBAN {@code value} has its country's length. */
  static boolean hasCountryLength(String value) {
    String compact = compact(value);
    return compact.length() == LENGTHS.get(compact.substring(0, 2));
  }

  /**
   * Whether the check digits of {@code value} are right (ISO 7064 MOD 97-10): the first four
   * characters moved to the end, letters as 10 to 35, the number modulo 97 is 1.
   */
  static boolean checksumValid(String value) {
    String compact = compact(value);
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      int digit = Character.digit(rearranged.charAt(i), 36);
      remainder = (digit < 10 ? remainder * 10 : remainder * 100) + digit;
      remainder %= 97;
    }
    return remainder == 1;
  }
}
