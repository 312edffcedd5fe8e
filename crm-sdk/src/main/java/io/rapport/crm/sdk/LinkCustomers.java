package io.rapport.crm.sdk;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.RelationshipType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Links two customers: "{@code from} is the {@code type} of {@code to}" (symmetric types read the
 * same both ways), in force from {@code validFrom} on, open-ended.
 *
 * @param from the customer the link starts from
 * @param to the other customer; must differ from {@code from}, and be an organisation for {@link
 *     RelationshipType#requiresOrganisationTarget() BUSINESS_OWNER and DIRECTOR}
 * @param type the relationship type
 * @param validFrom first day in force; null means today in the SDK clock's zone
 */
public record LinkCustomers(
    @NotNull CustomerId from,
    @NotNull CustomerId to,
    @NotNull RelationshipType type,
    LocalDate validFrom) {

  /** A link in force from today. */
  public static LinkCustomers of(CustomerId from, CustomerId to, RelationshipType type) {
    return new LinkCustomers(from, to, type, null);
  }

  /** This link in force from {@code day} on. */
  public LinkCustomers startingOn(LocalDate day) {
    return new LinkCustomers(from, to, type, day);
  }
}
