package io.rapport.crm.sdk;

import io.rapport.crm.lead.DuplicateRule;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;

/**
 * An open lead or an existing customer that is probably the same person as a lead.
 *
 * @param lead the matching open lead, or null when the candidate is a customer
 * @param customer the matching customer, or null when the candidate is a lead
 * @param score 0 to 100, higher is more certain
 * @param rule the rule that matched
 */
public record DuplicateCandidate(LeadId lead, CustomerId customer, int score, DuplicateRule rule) {
  /** Whether the candidate is an existing customer. */
  public boolean isCustomer() {
    return customer != null;
  }
}
