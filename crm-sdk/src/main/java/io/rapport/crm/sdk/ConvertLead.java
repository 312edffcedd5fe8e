package io.rapport.crm.sdk;

import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Converts a qualified lead into a customer. The customer is {@code existingCustomer} if given,
 * else the customer the lead was {@link Leads#linkToCustomer linked} to, else a new one registered
 * from {@code newCustomer} (or, when that is null, from the lead's own contact details).
 *
 * @param idempotencyKey converting again with the same key returns the first result
 * @param existingCustomer may be null
 * @param newCustomer may be null
 * @param opportunity the opportunity to open in a pipeline in the same unit of work; may be null
 */
public record ConvertLead(
    @NotNull LeadId lead,
    @Positive long expectedVersion,
    @NotBlank @Size(max = 100) String idempotencyKey,
    CustomerId existingCustomer,
    @Valid RegisterCustomer newCustomer,
    @Valid LeadOpportunity opportunity) {

  /** Converts into a new customer made from the lead's contact details, with no opportunity. */
  public static ConvertLead intoNewCustomer(LeadId lead, long expectedVersion, String key) {
    return new ConvertLead(lead, expectedVersion, key, null, null, null);
  }

  /** Attaches the lead to an existing customer, with no opportunity. */
  public static ConvertLead intoCustomer(
      LeadId lead, long expectedVersion, String key, CustomerId customer) {
    return new ConvertLead(lead, expectedVersion, key, customer, null, null);
  }

  /**
   * This conversion, also opening {@code opportunity} in a pipeline in the same unit of work; every
   * other component is kept. Reads as {@code ConvertLead.intoCustomer(lead, version, key,
   * customer).withOpportunity(opportunity)}.
   *
   * @param opportunity the opportunity to open; null for none
   * @return a new command; this one is unchanged
   */
  public ConvertLead withOpportunity(LeadOpportunity opportunity) {
    return new ConvertLead(
        lead, expectedVersion, idempotencyKey, existingCustomer, newCustomer, opportunity);
  }
}
