package io.rapport.crm.sdk;

import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a household of existing customers:
 *
 * <pre>{@code
 * CreateHousehold.named("Lovelace household")
 *     .member(ada, HouseholdRole.HEAD, true)
 *     .member(william, HouseholdRole.SPOUSE_OR_PARTNER, true)
 *     .build();
 * }</pre>
 *
 * @param name the household's name (personal data: masked in {@link #toString()})
 * @param primaryMember the primary member, one of the members; null means the first member
 * @param members the members with their roles and primary-household flags; a customer may be
 *     flagged primary in one household only
 */
public record CreateHousehold(
    @NotBlank @Size(max = 200) String name,
    CustomerId primaryMember,
    @NotNull @Size(min = 1, max = Household.MAX_MEMBERS) List<@NotNull HouseholdMember> members) {

  /** Copies the members (null stays null, for validation to report). */
  public CreateHousehold {
    members = RegisterCustomer.copy(members);
  }

  /** A builder for a household called {@code name}. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Member count and primary member; the name is masked. */
  @Override
  public String toString() {
    return "CreateHousehold[name="
        + Masking.text(name)
        + ", primaryMember="
        + primaryMember
        + ", members="
        + (members == null ? 0 : members.size())
        + "]";
  }

  /** Collects the values of a {@link CreateHousehold}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private CustomerId primaryMember;
    private final List<HouseholdMember> members = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a member.
     *
     * @param primaryHousehold whether this household is the customer's primary household
     */
    public Builder member(CustomerId customer, HouseholdRole role, boolean primaryHousehold) {
      members.add(new HouseholdMember(customer, role, primaryHousehold));
      return this;
    }

    /** The primary member; the first member unless set. */
    public Builder primaryMember(CustomerId customer) {
      this.primaryMember = customer;
      return this;
    }

    /** The command; it is validated when it is executed, not here. */
    public CreateHousehold build() {
      return new CreateHousehold(name, primaryMember, members);
    }
  }
}
