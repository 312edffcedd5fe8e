package io.rapport.crm.sdk;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.NameLimits;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.validation.ValidEmail;
import io.rapport.crm.sdk.validation.ValidPhone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A lead as the host received it (a web form, a branch visit, a call, a referral…). Build it with
 * {@link #builder}. The referrer or campaign must be given exactly when the source kind needs it.
 * {@link #toString()} hides the contact details.
 *
 * @param idempotencyKey the host's key of this submission: capturing the same key again returns the
 *     first lead and stores nothing
 * @param referringCustomer for {@link SourceKind#CUSTOMER_REFERRAL} only
 * @param referringEmployee for {@link SourceKind#EMPLOYEE_REFERRAL} only
 * @param campaign for {@link SourceKind#CAMPAIGN_RESPONSE} only
 * @param name the contact's full name, 1 to {@link NameLimits#MAX_NAME_LENGTH} (200) characters,
 *     the same limit as a customer's legal name
 * @param email an e-mail address; may be null
 * @param phone a phone number in international form; may be null
 */
public record CaptureLead(
    @NotBlank @Size(max = 100) String idempotencyKey,
    @NotNull SourceKind source,
    CustomerId referringCustomer,
    @Size(max = 64) String referringEmployee,
    CampaignId campaign,
    @Size(max = 100) String sourceReference,
    @NotNull ProductType interest,
    @NotBlank @Size(max = NameLimits.MAX_NAME_LENGTH) String name,
    @ValidEmail String email,
    @ValidPhone String phone,
    @Past LocalDate dateOfBirth,
    @Size(max = 16) String postcode,
    boolean consentToContact,
    boolean consentToMarketing,
    boolean consentToProfiling,
    @Size(max = 32) String branch,
    @Size(max = 64) String segment) {

  /** A builder for a lead from {@code source} interested in {@code interest}. */
  public static Builder builder(
      String idempotencyKey, SourceKind source, ProductType interest, String name) {
    return new Builder(idempotencyKey, source, interest, name);
  }

  @Override
  public String toString() {
    return "CaptureLead[idempotencyKey="
        + idempotencyKey
        + ", source="
        + source
        + ", interest="
        + interest
        + ", name="
        + Masking.text(name)
        + ", branch="
        + branch
        + "]";
  }

  /** Builds a {@link CaptureLead}. Not thread-safe. */
  public static final class Builder {
    private final String idempotencyKey;
    private final SourceKind source;
    private final ProductType interest;
    private final String name;
    private CustomerId referringCustomer;
    private String referringEmployee;
    private CampaignId campaign;
    private String sourceReference;
    private String email;
    private String phone;
    private LocalDate dateOfBirth;
    private String postcode;
    private boolean contact = true;
    private boolean marketing;
    private boolean profiling;
    private String branch;
    private String segment;

    private Builder(String idempotencyKey, SourceKind source, ProductType interest, String name) {
      this.idempotencyKey = idempotencyKey;
      this.source = source;
      this.interest = interest;
      this.name = name;
    }

    /** The referring customer (for {@link SourceKind#CUSTOMER_REFERRAL}). */
    public Builder referredBy(CustomerId customer) {
      this.referringCustomer = customer;
      return this;
    }

    /** The referring employee's id (for {@link SourceKind#EMPLOYEE_REFERRAL}). */
    public Builder referredByEmployee(String employeeId) {
      this.referringEmployee = employeeId;
      return this;
    }

    /** The campaign responded to (for {@link SourceKind#CAMPAIGN_RESPONSE}). */
    public Builder campaign(CampaignId value) {
      this.campaign = value;
      return this;
    }

    /** The partner code, event or form name. */
    public Builder sourceReference(String value) {
      this.sourceReference = value;
      return this;
    }

    /** The e-mail address. */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** The phone number in international form. */
    public Builder phone(String value) {
      this.phone = value;
      return this;
    }

    /** The date of birth. */
    public Builder dateOfBirth(LocalDate value) {
      this.dateOfBirth = value;
      return this;
    }

    /** The postcode. */
    public Builder postcode(String value) {
      this.postcode = value;
      return this;
    }

    /** The consents as captured (contact defaults to true, the others to false). */
    public Builder consents(boolean toContact, boolean toMarketing, boolean toProfiling) {
      this.contact = toContact;
      this.marketing = toMarketing;
      this.profiling = toProfiling;
      return this;
    }

    /** The branch or territory code. */
    public Builder branch(String value) {
      this.branch = value;
      return this;
    }

    /** The segment label. */
    public Builder segment(String value) {
      this.segment = value;
      return this;
    }

    /** The command. */
    public CaptureLead build() {
      return new CaptureLead(
          idempotencyKey,
          source,
          referringCustomer,
          referringEmployee,
          campaign,
          sourceReference,
          interest,
          name,
          email,
          phone,
          dateOfBirth,
          postcode,
          contact,
          marketing,
          profiling,
          branch,
          segment);
    }
  }
}
