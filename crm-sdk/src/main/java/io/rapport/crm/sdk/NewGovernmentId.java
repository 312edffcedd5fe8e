package io.rapport.crm.sdk;

import io.rapport.crm.common.pii.GovernmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A national id, tax id, passport or company registration number as the host received it; turned
 * into a {@link GovernmentId} when the command is accepted. {@link #toString()} masks the value.
 *
 * @param kind the kind of identifier
 * @param country the issuing country, ISO 3166-1 alpha-2 in either case
 * @param value the identifier: 1 to 64 letters, digits, spaces, '.', '/' or '-'
 */
public record NewGovernmentId(
    @NotNull GovernmentId.Kind kind,
    @NotNull
        @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "must be an ISO 3166-1 alpha-2 code")
        String country,
    @NotBlank @Size(max = 64) String value) {

  /** Kind and country; the value is masked. */
  @Override
  public String toString() {
    return "NewGovernmentId[kind=" + kind + ", country=" + country + ", value=***]";
  }
}
