package io.rapport.crm.common.pii;

import io.rapport.crm.common.internal.Checks;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A national identity number, tax id, passport number or company registration number (personal
 * data), with its issuing country (ISO 3166-1 alpha-2). Shown masked: {@code
 * NATIONAL_ID:GB:******3C}.
 */
public record GovernmentId(Kind kind, String country, String value) implements PersonalData {
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]{0,63}");

  /** The kind of identifier. */
  public enum Kind {
    /** A person's national identity or social security number. */
    NATIONAL_ID,
    /** A person's or organisation's tax identification number. */
    TAX_ID,
    /** A passport number. */
    PASSPORT,
    /** An organisation's company registration number. */
    COMPANY_REGISTRATION
  }

  /** Upper-cases the country, trims the value and checks both. */
  public GovernmentId {
    Checks.notNull(kind, "governmentId.kind");
    Checks.notNull(country, "governmentId.country");
    Checks.notNull(value, "governmentId.value");
    country = country.strip().toUpperCase(Locale.ROOT);
    value = value.strip();
    Checks.argument(
        Checks.isoCountry(country),
        "governmentId.country",
        "governmentId.country must be an ISO 3166-1 alpha-2 code");
    Checks.argument(
        VALUE.matcher(value).matches(),
        "governmentId.value",
        "governmentId.value must be 1 to 64 letters, digits, spaces, '.', '/' or '-'");
  }

  @Override
  public String masked() {
    return kind + ":" + country + ":" + Masking.keepLast(value, 2);
  }

  @Override
  public String toString() {
    return masked();
  }
}
