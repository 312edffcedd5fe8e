package io.rapport.crm.party;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.NameLimits;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.Masking;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A customer of the bank: a person or an organisation, with contact points, segment tags, a
 * lifecycle status, a relationship manager and a branch. Immutable; commands return a new value
 * with the same {@link #version()} (the version it was read at), which storage checks and bumps.
 * Timestamps are held to the microsecond, the precision every supported database keeps.
 *
 * @param preferredLanguage BCP 47 language tag such as {@code en-GB}; may be null
 * @param owner the relationship manager; may be null
 * @param branch the branch or territory; may be null
 */
public record Customer(
    CustomerId id,
    long version,
    Party party,
    String displayName,
    CustomerStatus status,
    List<ContactPoint> contactPoints,
    String preferredLanguage,
    SortedSet<String> tags,
    EmployeeId owner,
    BranchCode branch,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * The longest legal or display name accepted: {@value}, the same as a lead contact's name (see
   * {@link NameLimits}).
   */
  public static final int MAX_NAME_LENGTH = NameLimits.MAX_NAME_LENGTH;

  /** The most contact points one customer may hold. */
  public static final int MAX_CONTACT_POINTS = 50;

  /** The most segment tags one customer may hold. */
  public static final int MAX_TAGS = 50;

  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /** Checks every invariant: names, at most one primary contact point per channel, unique ids. */
  public Customer {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.notNull(party, "party");
    Checks.text(displayName, "displayName", MAX_NAME_LENGTH);
    Checks.notNull(status, "status");
    contactPoints = Checks.list(contactPoints, "contactPoints");
    Checks.argument(
        contactPoints.size() <= MAX_CONTACT_POINTS,
        "contactPoints",
        "contactPoints must hold at most %s entries",
        MAX_CONTACT_POINTS);
    checkContactPoints(contactPoints);
    if (preferredLanguage != null) {
      Checks.argument(
          LANGUAGE.matcher(preferredLanguage).matches(),
          "preferredLanguage",
          "preferredLanguage must be a BCP 47 tag such as en-GB");
      preferredLanguage = Locale.forLanguageTag(preferredLanguage).toLanguageTag();
    }
    tags = normalizeTags(Checks.notNull(tags, "tags"));
    Checks.notNull(createdAt, "createdAt");
    Checks.notNull(updatedAt, "updatedAt");
    createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
  }

  private static void checkContactPoints(List<ContactPoint> contactPoints) {
    Set<ContactPointId> ids = new HashSet<>();
    Set<ContactChannel> primaries = EnumSet.noneOf(ContactChannel.class);
    for (ContactPoint point : contactPoints) {
      Checks.argument(ids.add(point.id()), "contactPoints", "contact point ids must be unique");
      if (point.primary()) {
        Checks.argument(
            primaries.add(point.channel()),
            "contactPoints",
            "only one %s contact point may be primary",
            point.channel());
      }
    }
  }

  private static SortedSet<String> normalizeTags(Set<String> tags) {
    Checks.argument(tags.size() <= MAX_TAGS, "tags", "tags must hold at most %s entries", MAX_TAGS);
    TreeSet<String> normalized = new TreeSet<>();
    for (String tag : tags) {
      Checks.notNull(tag, "tags");
      String lower = tag.strip().toLowerCase(Locale.ROOT);
      Checks.argument(
          TAG.matcher(lower).matches(),
          "tags",
          "tag must be 1 to 64 of a-z, 0-9, '_', '.', ':' or '-'");
      normalized.add(lower);
    }
    return Collections.unmodifiableSortedSet(normalized);
  }

  /** The party's kind: person or organisation. */
  public PartyKind kind() {
    return party.kind();
  }

  /**
   * This customer moved to {@code target} at {@code at}.
   *
   * @throws IllegalStatusTransitionException if the lifecycle does not allow the move
   */
  public Customer changeStatus(CustomerStatus target, Instant at) {
    Checks.notNull(target, "status");
    if (!status.canMoveTo(target)) {
      throw new IllegalStatusTransitionException(id, status, target);
    }
    return toBuilder().status(target).updatedAt(at).build();
  }

  /**
   * This customer with {@code point} added. A primary point demotes the previous primary point of
   * its channel; the first point of a channel becomes primary.
   */
  public Customer addContactPoint(ContactPoint point, Instant at) {
    Checks.notNull(point, "contactPoint");
    boolean firstOfChannel = contactPoints.stream().noneMatch(p -> p.channel() == point.channel());
    boolean primary = point.primary() || firstOfChannel;
    List<ContactPoint> next = new ArrayList<>();
    for (ContactPoint existing : contactPoints) {
      next.add(
          primary && existing.channel() == point.channel()
              ? existing.withPrimary(false)
              : existing);
    }
    next.add(point.withPrimary(primary));
    return toBuilder().contactPoints(next).updatedAt(at).build();
  }

  /**
   * This customer without the contact point {@code pointId}. Removing a primary point promotes the
   * next point of the same channel, if any.
   *
   * @throws InvalidValueException if the customer has no such contact point
   */
  public Customer removeContactPoint(ContactPointId pointId, Instant at) {
    ContactPoint removed =
        contactPoints.stream()
            .filter(p -> p.id().equals(pointId))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "contactPointId", "Customer " + id + " has no contact point " + pointId));
    List<ContactPoint> next = new ArrayList<>(contactPoints);
    next.remove(removed);
    if (removed.primary()) {
      for (int i = 0; i < next.size(); i++) {
        if (next.get(i).channel() == removed.channel()) {
          next.set(i, next.get(i).withPrimary(true));
          break;
        }
      }
    }
    return toBuilder().contactPoints(next).updatedAt(at).build();
  }

  /** A builder holding this customer's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder for a new customer: version 1, status prospect, no contact points or tags. */
  public static Builder builder(CustomerId id, Party party, Instant createdAt) {
    return new Builder(id, party, createdAt);
  }

  @Override
  public String toString() {
    return "Customer[id="
        + id
        + ", version="
        + version
        + ", kind="
        + party.kind()
        + ", displayName="
        + Masking.text(displayName)
        + ", status="
        + status
        + ", contactPoints="
        + contactPoints.size()
        + ", tags="
        + tags
        + ", owner="
        + owner
        + ", branch="
        + branch
        + "]";
  }

  /** Builds a {@link Customer}; {@link #build()} checks every invariant. Not thread-safe. */
  public static final class Builder {
    private final CustomerId id;
    private long version;
    private Party party;
    private String displayName;
    private CustomerStatus status;
    private List<ContactPoint> contactPoints;
    private String preferredLanguage;
    private SortedSet<String> tags;
    private EmployeeId owner;
    private BranchCode branch;
    private final Instant createdAt;
    private Instant updatedAt;

    private Builder(CustomerId id, Party party, Instant createdAt) {
      this.id = id;
      this.version = 1;
      this.party = party;
      this.displayName = party == null ? null : party.legalName();
      this.status = CustomerStatus.PROSPECT;
      this.contactPoints = List.of();
      this.tags = new TreeSet<>();
      this.createdAt = createdAt;
      this.updatedAt = createdAt;
    }

    private Builder(Customer customer) {
      this.id = customer.id;
      this.version = customer.version;
      this.party = customer.party;
      this.displayName = customer.displayName;
      this.status = customer.status;
      this.contactPoints = customer.contactPoints;
      this.preferredLanguage = customer.preferredLanguage;
      this.tags = customer.tags;
      this.owner = customer.owner;
      this.branch = customer.branch;
      this.createdAt = customer.createdAt;
      this.updatedAt = customer.updatedAt;
    }

    /** Sets the version (storage uses this after a successful update). */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** Sets the party (person or organisation details). */
    public Builder party(Party party) {
      this.party = party;
      return this;
    }

    /** Sets the display name. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** Sets the lifecycle status without checking the transition (for loading and registering). */
    public Builder status(CustomerStatus status) {
      this.status = status;
      return this;
    }

    /** Sets the contact points. */
    public Builder contactPoints(List<ContactPoint> contactPoints) {
      this.contactPoints = contactPoints;
      return this;
    }

    /** Sets the preferred language tag. */
    public Builder preferredLanguage(String preferredLanguage) {
      this.preferredLanguage = preferredLanguage;
      return this;
    }

    /** Sets the segment tags. */
    public Builder tags(Set<String> tags) {
      this.tags = new TreeSet<>(tags);
      return this;
    }

    /** Sets the relationship manager. */
    public Builder owner(EmployeeId owner) {
      this.owner = owner;
      return this;
    }

    /** Sets the branch or territory. */
    public Builder branch(BranchCode branch) {
      this.branch = branch;
      return this;
    }

    /** Sets the time of the last change. */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** The customer; checks every invariant. */
    public Customer build() {
      return new Customer(
          id,
          version,
          party,
          displayName,
          status,
          contactPoints,
          preferredLanguage,
          tags,
          owner,
          branch,
          createdAt,
          updatedAt);
    }
  }
}
