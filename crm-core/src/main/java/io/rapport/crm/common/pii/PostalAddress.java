package io.rapport.crm.common.pii;

import io.rapport.crm.common.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * A postal address (personal data): one to four street lines, city, optional region and postcode,
 * and an ISO 3166-1 alpha-2 country. Shown masked: {@code PostalAddress[country=GB]}.
 */
public record PostalAddress(
    List<String> lines, String city, String region, String postcode, String country)
    implements PersonalData {

  /** Checks lengths and the country code. */
  public PostalAddress {
    lines = Checks.list(lines, "address.lines");
    Checks.argument(
        !lines.isEmpty() && lines.size() <= 4,
        "address.lines",
        "address.lines must have 1 to 4 lines");
    for (String line : lines) {
      Checks.text(line, "address.lines", 200);
    }
    Checks.text(city, "address.city", 100);
    Checks.optionalText(region, "address.region", 100);
    Checks.optionalText(postcode, "address.postcode", 20);
    Checks.notNull(country, "address.country");
    country = country.strip().toUpperCase(Locale.ROOT);
    Checks.argument(
        Checks.isoCountry(country),
        "address.country",
        "address.country must be an ISO 3166-1 alpha-2 code");
  }

  /** The postcode upper-cased without blanks, for matching; {@code null} when there is none. */
  public String normalizedPostcode() {
    return postcode == null ? null : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public String masked() {
    return "PostalAddress[country=" + country + "]";
  }

  @Override
  public String toString() {
    return masked();
  }
}
