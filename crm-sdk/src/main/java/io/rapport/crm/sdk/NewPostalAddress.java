package io.rapport.crm.sdk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A postal address as the host received it; turned into a {@link
 * io.rapport.crm.common.pii.PostalAddress} when the command is accepted. {@link #toString()} shows
 * the country only.
 *
 * @param lines one to four street lines of at most 200 characters
 * @param city the city, at most 100 characters
 * @param region the region or state; may be null
 * @param postcode the postcode; may be null
 * @param country ISO 3166-1 alpha-2 country code, either case
 */
public record NewPostalAddress(
    @NotNull @Size(min = 1, max = 4) List<@NotBlank @Size(max = 200) String> lines,
    @NotBlank @Size(max = 100) String city,
    @Size(min = 1, max = 100) String region,
    @Size(min = 1, max = 20) String postcode,
    @NotNull
        @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "must be an ISO 3166-1 alpha-2 code")
        String country) {

  /** Copies the lines (null stays null, for validation to report). */
  public NewPostalAddress {
    lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
  }

  /** An address without a region. */
  public static NewPostalAddress of(
      List<String> lines, String city, String postcode, String country) {
    return new NewPostalAddress(lines, city, null, postcode, country);
  }

  /** The country only; the rest is personal data. */
  @Override
  public String toString() {
    return "NewPostalAddress[country=" + country + "]";
  }
}
