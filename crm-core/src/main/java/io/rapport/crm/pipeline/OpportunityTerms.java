package io.rapport.crm.pipeline;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * What an opportunity is about, whatever its state: the customer, the product, the amount (any
 * currency, not negative), the expected close date, the owner, where it came from, the competitors
 * and the next step. Holds no personal data beyond ids.
 *
 * @param sourceLead the lead it was converted from; null if none
 * @param campaign the campaign that produced it; null if none
 * @param competitors competing institutions, each 1 to 100 characters without line breaks, unique
 * @param nextStep free text, at most 500 characters; null if none
 */
public record OpportunityTerms(
    CustomerId customer,
    ProductType product,
    Money amount,
    LocalDate expectedClose,
    EmployeeId owner,
    LeadId sourceLead,
    CampaignId campaign,
    List<String> competitors,
    String nextStep) {

  /** The most competitors an opportunity lists. */
  public static final int MAX_COMPETITORS = 20;

  /** Checks presence, the amount's sign and the competitor names. */
  public OpportunityTerms {
    Checks.notNull(customer, "customer");
    Checks.notNull(product, "product");
    Checks.notNull(amount, "amount");
    Checks.argument(!amount.isNegative(), "amount", "amount must not be negative");
    Checks.notNull(expectedClose, "expectedClose");
    Checks.notNull(owner, "owner");
    competitors = Checks.list(competitors, "competitors");
    Checks.argument(
        competitors.size() <= MAX_COMPETITORS,
        "competitors",
        "at most %s competitors",
        MAX_COMPETITORS);
    for (String competitor : competitors) {
      Checks.text(competitor, "competitors", 100);
      Checks.argument(
          competitor.indexOf('\n') < 0 && competitor.indexOf('\r') < 0,
          "competitors",
          "competitor names must not contain line breaks");
    }
    Checks.argument(
        new HashSet<>(competitors).size() == competitors.size(),
        "competitors",
        "competitors must be unique");
    Checks.optionalText(nextStep, "nextStep", 500);
  }

  /** Where the deal came from, as the win/loss breakdown groups it. */
  public DealSource source() {
    return DealSource.of(sourceLead, campaign);
  }
}
