package io.rapport.crm.sample.internal;

import io.rapport.crm.common.pii.PhoneNumber;
import java.util.HashSet;
import java.util.Set;

/**
 * Phone numbers from the drama blocks regulators never assign, each handed out once while its block
 * has free numbers (a block holds 1,000 to 100,000); a full block falls back to the city's landline
 * block, and only then repeats numbers. Not thread-safe.
 */
final class Phones {
  private static final int ATTEMPTS = 12;
  private final Dice dice;
  private final Set<String> used = new HashSet<>();

  Phones(Dice dice) {
    this.dice = dice;
  }

  /** A mobile number where the country has a mobile drama block, else a landline of the city. */
  PhoneNumber mobile(Country country, City city) {
    if (country.mobileDrama() != null) {
      String prefix = country.mobileDrama().replace("#", "");
      int digits = country.mobileDrama().length() - prefix.length();
      String number = fresh(prefix, digits);
      if (number != null) {
        return PhoneNumber.of(number);
      }
    }
    return landline(city);
  }

  /** A landline number of the city's drama block. */
  PhoneNumber landline(City city) {
    String number = fresh(city.dramaPrefix(), city.dramaDigits());
    return PhoneNumber.of(
        number != null ? number : city.dramaPrefix() + dice.digits(city.dramaDigits()));
  }

  private String fresh(String prefix, int digits) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String number = prefix + dice.digits(digits);
      if (used.add(number)) {
        return number;
      }
    }
    return null;
  }
}
