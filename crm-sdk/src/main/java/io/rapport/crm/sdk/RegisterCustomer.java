package io.rapport.crm.sdk;

import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.sdk.validation.LanguageTag;
import io.rapport.crm.sdk.validation.SegmentTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Registers a new customer. Build it with {@link #person} or {@link #organisation}:
 *
 * <pre>{@code
 * RegisterCustomer.person("Ada Lovelace")
 *     .dateOfBirth(LocalDate.of(1815, 12, 10))
 *     .email("ada@example.com", ContactPurpose.PERSONAL)
 *     .phone("+44 20 7946 0018", ContactPurpose.HOME)
 *     .tag("private-banking").owner("rm-17").branch("LDN-01")
 *     .build();
 * }</pre>
 *
 * <p>Values are raw host strings; {@link Customers#register} validates them all at once. {@link
 * #toString()} shows no personal data.
 *
 * @param kind person or organisation
 * @param legalName the full legal name, 1 to {@link Customer#MAX_NAME_LENGTH} (200) characters
 * @param displayName the name shown on screens, at most {@link Customer#MAX_NAME_LENGTH} (200)
 *     characters; null means the legal name
 * @param foundingDate a person's date of birth or an organisation's incorporation date; may be null
 * @param governmentId national id of a person, tax id or registration number of an organisation;
 *     may be null
 * @param contactPoints the contact points, at most {@value Customer#MAX_CONTACT_POINTS}
 * @param preferredLanguage BCP 47 tag such as {@code en-GB}; may be null
 * @param tags segment tags, at most {@value Customer#MAX_TAGS}; stored trimmed and lower-cased
 * @param owner the relationship manager's employee id; may be null
 * @param branch the branch or territory code; may be null
 * @param initialStatus {@link CustomerStatus#PROSPECT} or {@link CustomerStatus#ACTIVE}
 */
public record RegisterCustomer(
    @NotNull PartyKind kind,
    @NotBlank @Size(max = Customer.MAX_NAME_LENGTH) String legalName,
    @Size(max = Customer.MAX_NAME_LENGTH) @Pattern(regexp = NOT_BLANK, message = BLANK)
        String displayName,
    @PastOrPresent LocalDate foundingDate,
    @Valid NewGovernmentId governmentId,
    @NotNull @Size(max = Customer.MAX_CONTACT_POINTS)
        List<@NotNull @Valid NewContactPoint> contactPoints,
    @LanguageTag String preferredLanguage,
    @NotNull @Size(max = Customer.MAX_TAGS) List<@NotNull @SegmentTag String> tags,
    @Size(max = 64) @Pattern(regexp = NOT_BLANK, message = BLANK) String owner,
    @Size(max = 32) @Pattern(regexp = NOT_BLANK, message = BLANK) String branch,
    @NotNull CustomerStatus initialStatus) {

  static final String NOT_BLANK = "(?s).*\\S.*";
  static final String BLANK = "must not be blank";

  /** Copies the lists (null stays null, for validation to report). */
  public RegisterCustomer {
    contactPoints = copy(contactPoints);
    tags = copy(tags);
  }

  static <T> List<T> copy(List<T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** A builder for a person named {@code legalName}. */
  public static Builder person(String legalName) {
    return new Builder(PartyKind.PERSON, legalName);
  }

  /** A builder for an organisation named {@code legalName}. */
  public static Builder organisation(String legalName) {
    return new Builder(PartyKind.ORGANISATION, legalName);
  }

  /** Kind, status and counts; names, dates, ids and contact values are personal data. */
  @Override
  public String toString() {
    return "RegisterCustomer[kind="
        + kind
        + ", legalName="
        + Masking.text(legalName)
        + ", contactPoints="
        + (contactPoints == null ? 0 : contactPoints.size())
        + ", tags="
        + tags
        + ", owner="
        + owner
        + ", branch="
        + branch
        + ", initialStatus="
        + initialStatus
        + "]";
  }

  /** Collects the values of a {@link RegisterCustomer}; not thread-safe. */
  public static final class Builder {
    private final PartyKind kind;
    private final String legalName;
    private String displayName;
    private LocalDate foundingDate;
    private NewGovernmentId governmentId;
    private final List<NewContactPoint> contactPoints = new ArrayList<>();
    private String preferredLanguage;
    private final List<String> tags = new ArrayList<>();
    private String owner;
    private String branch;
    private CustomerStatus initialStatus = CustomerStatus.PROSPECT;

    private Builder(PartyKind kind, String legalName) {
      this.kind = kind;
      this.legalName = legalName;
    }

    /** The name shown on screens, when it differs from the legal name. */
    public Builder displayName(String value) {
      this.displayName = value;
      return this;
    }

    /** A person's date of birth. */
    public Builder dateOfBirth(LocalDate value) {
      this.foundingDate = value;
      return this;
    }

    /** An organisation's date of incorporation. */
    public Builder incorporatedOn(LocalDate value) {
      this.foundingDate = value;
      return this;
    }

    /** A government-issued identifier of {@code idKind}. */
    public Builder governmentId(GovernmentId.Kind idKind, String country, String value) {
      this.governmentId = new NewGovernmentId(idKind, country, value);
      return this;
    }

    /** A person's national identity number. */
    public Builder nationalId(String country, String value) {
      return governmentId(GovernmentId.Kind.NATIONAL_ID, country, value);
    }

    /** A tax identification number. */
    public Builder taxId(String country, String value) {
      return governmentId(GovernmentId.Kind.TAX_ID, country, value);
    }

    /** An organisation's company registration number. */
    public Builder companyRegistration(String country, String value) {
      return governmentId(GovernmentId.Kind.COMPANY_REGISTRATION, country, value);
    }

    /** Adds an e-mail contact point. */
    public Builder email(String address, ContactPurpose purpose) {
      return contactPoint(NewContactPoint.email(address, purpose));
    }

    /** Adds a phone contact point. */
    public Builder phone(String number, ContactPurpose purpose) {
      return contactPoint(NewContactPoint.phone(number, purpose));
    }

    /** Adds a postal contact point. */
    public Builder postal(NewPostalAddress address, ContactPurpose purpose) {
      return contactPoint(NewContactPoint.postal(address, purpose));
    }

    /** Adds a contact point. */
    public Builder contactPoint(NewContactPoint point) {
      contactPoints.add(point);
      return this;
    }

    /** The preferred language as a BCP 47 tag, e.g. {@code en-GB}. */
    public Builder preferredLanguage(String tag) {
      this.preferredLanguage = tag;
      return this;
    }

    /** Adds a segment tag. */
    public Builder tag(String tag) {
      tags.add(tag);
      return this;
    }

    /** Adds segment tags. */
    public Builder tags(Collection<String> values) {
      tags.addAll(values);
      return this;
    }

    /** The relationship manager's employee id. */
    public Builder owner(String employeeId) {
      this.owner = employeeId;
      return this;
    }

    /** The branch or territory code. */
    public Builder branch(String code) {
      this.branch = code;
      return this;
    }

    /** The initial status; {@link CustomerStatus#PROSPECT} unless set. */
    public Builder status(CustomerStatus status) {
      this.initialStatus = status;
      return this;
    }

    /** Registers the customer as {@link CustomerStatus#ACTIVE}. */
    public Builder active() {
      return status(CustomerStatus.ACTIVE);
    }

    /** The command; it is validated when it is executed, not here. */
    public RegisterCustomer build() {
      return new RegisterCustomer(
          kind,
          legalName,
          displayName,
          foundingDate,
          governmentId,
          contactPoints,
          preferredLanguage,
          tags,
          owner,
          branch,
          initialStatus);
    }
  }
}
