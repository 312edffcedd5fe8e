package io.rapport.crm.sdk;

import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.validation.LanguageTag;
import io.rapport.crm.sdk.validation.SegmentTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Replaces a customer's profile: every value given here becomes the new value, and a null optional
 * value clears the field. Kind, status and contact points have commands of their own. Start from
 * the customer as read, so unchanged fields keep their values:
 *
 * <pre>{@code
 * UpdateCustomer.of(customer).displayName("Ada King").tag("vip").build();
 * }</pre>
 *
 * {@link #toString()} shows no personal data.
 *
 * @param id the customer to update
 * @param expectedVersion the version the caller read; the update fails if it is no longer current
 * @param legalName the full legal name, 1 to {@link Customer#MAX_NAME_LENGTH} (200) characters
 * @param displayName the name shown on screens, at most {@link Customer#MAX_NAME_LENGTH} (200)
 *     characters; null means the legal name
 * @param foundingDate date of birth or incorporation; null clears it
 * @param governmentId the government-issued identifier; null clears it
 * @param preferredLanguage BCP 47 tag; null clears it
 * @param tags the complete set of segment tags
 * @param owner the relationship manager's employee id; null clears it
 * @param branch the branch or territory code; null clears it
 */
public record UpdateCustomer(
    @NotNull CustomerId id,
    @Positive long expectedVersion,
    @NotBlank @Size(max = Customer.MAX_NAME_LENGTH) String legalName,
    @Size(max = Customer.MAX_NAME_LENGTH)
        @Pattern(regexp = RegisterCustomer.NOT_BLANK, message = RegisterCustomer.BLANK)
        String displayName,
    @PastOrPresent LocalDate foundingDate,
    @Valid NewGovernmentId governmentId,
    @LanguageTag String preferredLanguage,
    @NotNull @Size(max = Customer.MAX_TAGS) List<@NotNull @SegmentTag String> tags,
    @Size(max = 64) @Pattern(regexp = RegisterCustomer.NOT_BLANK, message = RegisterCustomer.BLANK)
        String owner,
    @Size(max = 32) @Pattern(regexp = RegisterCustomer.NOT_BLANK, message = RegisterCustomer.BLANK)
        String branch) {

  /** Copies the tags (null stays null, for validation to report). */
  public UpdateCustomer {
    tags = RegisterCustomer.copy(tags);
  }

  /**
   * A builder holding {@code current}'s profile and version, to change only what differs.
   *
   * @throws NullPointerException if {@code current} is null
   */
  public static Builder of(Customer current) {
    GovernmentId id = current.party().governmentId();
    return new Builder(current.id(), current.version())
        .legalName(current.party().legalName())
        .displayName(
            current.displayName().equals(current.party().legalName())
                ? null
                : current.displayName())
        .foundingDate(current.party().foundingDate())
        .governmentId(id == null ? null : new NewGovernmentId(id.kind(), id.country(), id.value()))
        .preferredLanguage(current.preferredLanguage())
        .tags(current.tags())
        .owner(current.owner() == null ? null : current.owner().value())
        .branch(current.branch() == null ? null : current.branch().value());
  }

  /** An empty builder for customer {@code id} read at {@code expectedVersion}. */
  public static Builder builder(CustomerId id, long expectedVersion) {
    return new Builder(id, expectedVersion);
  }

  /** Id, version and non-personal fields. */
  @Override
  public String toString() {
    return "UpdateCustomer[id="
        + id
        + ", expectedVersion="
        + expectedVersion
        + ", legalName="
        + Masking.text(legalName)
        + ", tags="
        + tags
        + ", owner="
        + owner
        + ", branch="
        + branch
        + "]";
  }

  /** Collects the values of an {@link UpdateCustomer}; not thread-safe. */
  public static final class Builder {
    private final CustomerId id;
    private final long expectedVersion;
    private String legalName;
    private String displayName;
    private LocalDate foundingDate;
    private NewGovernmentId governmentId;
    private String preferredLanguage;
    private final List<String> tags = new ArrayList<>();
    private String owner;
    private String branch;

    private Builder(CustomerId id, long expectedVersion) {
      this.id = id;
      this.expectedVersion = expectedVersion;
    }

    /** The full legal name. */
    public Builder legalName(String value) {
      this.legalName = value;
      return this;
    }

    /** The display name; null means the legal name. */
    public Builder displayName(String value) {
      this.displayName = value;
      return this;
    }

    /** Date of birth or incorporation; null clears it. */
    public Builder foundingDate(LocalDate value) {
      this.foundingDate = value;
      return this;
    }

    /** The government-issued identifier; null clears it. */
    public Builder governmentId(NewGovernmentId value) {
      this.governmentId = value;
      return this;
    }

    /** The government-issued identifier of {@code kind}. */
    public Builder governmentId(GovernmentId.Kind kind, String country, String value) {
      return governmentId(new NewGovernmentId(kind, country, value));
    }

    /** The preferred language tag; null clears it. */
    public Builder preferredLanguage(String tag) {
      this.preferredLanguage = tag;
      return this;
    }

    /** Replaces all segment tags. */
    public Builder tags(Collection<String> values) {
      tags.clear();
      tags.addAll(values);
      return this;
    }

    /** Adds a segment tag. */
    public Builder tag(String tag) {
      tags.add(tag);
      return this;
    }

    /** Removes a segment tag, if present. */
    public Builder withoutTag(String tag) {
      tags.remove(tag);
      return this;
    }

    /** The relationship manager's employee id; null clears it. */
    public Builder owner(String employeeId) {
      this.owner = employeeId;
      return this;
    }

    /** The branch or territory code; null clears it. */
    public Builder branch(String code) {
      this.branch = code;
      return this;
    }

    /** The command; it is validated when it is executed, not here. */
    public UpdateCustomer build() {
      return new UpdateCustomer(
          id,
          expectedVersion,
          legalName,
          displayName,
          foundingDate,
          governmentId,
          preferredLanguage,
          tags,
          owner,
          branch);
    }
  }
}
