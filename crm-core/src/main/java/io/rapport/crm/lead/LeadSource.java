package io.rapport.crm.lead;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;

/**
 * The source of a lead and, for referrals and campaign responses, who or what brought it in.
 *
 * @param referringCustomer required for and only for {@link SourceKind#CUSTOMER_REFERRAL}
 * @param referringEmployee required for and only for {@link SourceKind#EMPLOYEE_REFERRAL}
 * @param campaign required for and only for {@link SourceKind#CAMPAIGN_RESPONSE}
 * @param reference partner code, event name or form name, 1 to 100 characters; may be null
 */
public record LeadSource(
    SourceKind kind,
    CustomerId referringCustomer,
    EmployeeId referringEmployee,
    CampaignId campaign,
    String reference) {

  /** Checks that the referrer or campaign is given exactly when the kind needs it. */
  public LeadSource {
    Checks.notNull(kind, "source.kind");
    Checks.argument(
        (kind == SourceKind.CUSTOMER_REFERRAL) == (referringCustomer != null),
        "source.referringCustomer",
        "a referring customer is required for and only for CUSTOMER_REFERRAL, kind was %s",
        kind);
    Checks.argument(
        (kind == SourceKind.EMPLOYEE_REFERRAL) == (referringEmployee != null),
        "source.referringEmployee",
        "a referring employee is required for and only for EMPLOYEE_REFERRAL, kind was %s",
        kind);
    Checks.argument(
        (kind == SourceKind.CAMPAIGN_RESPONSE) == (campaign != null),
        "source.campaign",
        "a campaign is required for and only for CAMPAIGN_RESPONSE, kind was %s",
        kind);
    Checks.optionalText(reference, "source.reference", 100);
  }

  /** A source without referrer or campaign, e.g. {@code of(WEB_FORM, "mortgage-calculator")}. */
  public static LeadSource of(SourceKind kind, String reference) {
    return new LeadSource(kind, null, null, null, reference);
  }

  /** A referral by an existing customer. */
  public static LeadSource referralBy(CustomerId customer) {
    return new LeadSource(SourceKind.CUSTOMER_REFERRAL, customer, null, null, null);
  }

  /** A referral by an employee. */
  public static LeadSource referralBy(EmployeeId employee) {
    return new LeadSource(SourceKind.EMPLOYEE_REFERRAL, null, employee, null, null);
  }

  /** A response to a campaign. */
  public static LeadSource responseTo(CampaignId campaign) {
    return new LeadSource(SourceKind.CAMPAIGN_RESPONSE, null, null, campaign, null);
  }

  /** Whether someone referred the lead (customer or employee) and gets credit on conversion. */
  public boolean referral() {
    return referringCustomer != null || referringEmployee != null;
  }
}
