package io.rapport.crm.campaign;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.PartyKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A typed segment criterion over a customer: combinators ({@link AllOf}, {@link AnyOf}, {@link
 * Not}) and comparisons on customer attributes and holdings. Never a string of SQL: crm-jdbc
 * translates each kind to a parameterised predicate and crm-inmemory evaluates it directly; the
 * semantics of each kind are stated on it and checked by crm-tck.
 *
 * <p>To add a kind (for example a score or CLV bucket once those figures are stored): add a record
 * here, to {@code permits} and to {@link Visitor}; every adapter's visitor then fails to compile
 * until it handles the new kind, so no adapter silently ignores it.
 */
public sealed interface Criterion
    permits Criterion.AllOf,
        Criterion.AnyOf,
        Criterion.Not,
        Criterion.HasTag,
        Criterion.StatusIn,
        Criterion.KindIs,
        Criterion.CountryIs,
        Criterion.OwnedBy,
        Criterion.InBranch,
        Criterion.HoldsProduct,
        Criterion.LacksProduct,
        Criterion.BalanceBetween,
        Criterion.ScoreBetween,
        Criterion.ScoreIn {

  /** The deepest nesting accepted, so that translated SQL stays within database limits. */
  int MAX_DEPTH = 8;

  /** The nesting depth: 1 for a comparison. */
  int depth();

  /** Hands this criterion to the {@code visitor} method of its kind. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per criterion kind. Adding a kind adds a method here, so every translator and
   * evaluator fails to compile until it handles the new kind.
   *
   * @param <R> what the visit yields
   */
  interface Visitor<R> {
    /** Visits {@link AllOf}. */
    R allOf(AllOf criterion);

    /** Visits {@link AnyOf}. */
    R anyOf(AnyOf criterion);

    /** Visits {@link Not}. */
    R not(Not criterion);

    /** Visits {@link HasTag}. */
    R hasTag(HasTag criterion);

    /** Visits {@link StatusIn}. */
    R statusIn(StatusIn criterion);

    /** Visits {@link KindIs}. */
    R kindIs(KindIs criterion);

    /** Visits {@link CountryIs}. */
    R countryIs(CountryIs criterion);

    /** Visits {@link OwnedBy}. */
    R ownedBy(OwnedBy criterion);

    /** Visits {@link InBranch}. */
    R inBranch(InBranch criterion);

    /** Visits {@link HoldsProduct}. */
    R holdsProduct(HoldsProduct criterion);

    /** Visits {@link LacksProduct}. */
    R lacksProduct(LacksProduct criterion);

    /** Visits {@link BalanceBetween}. */
    R balanceBetween(BalanceBetween criterion);

    /** Visits {@link ScoreBetween}. */
    R scoreBetween(ScoreBetween criterion);

    /** Visits {@link ScoreIn}. */
    R scoreIn(ScoreIn criterion);
  }

  /** Every criterion holds; no parts means everyone. */
  record AllOf(List<Criterion> parts) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.allOf(this);
    }

    /** Copies the parts and bounds the depth. */
    public AllOf {
      parts = Checks.list(parts, "parts");
      checkDepth(parts);
    }

    @Override
    public int depth() {
      return 1 + parts.stream().mapToInt(Criterion::depth).max().orElse(0);
    }
  }

  /** At least one criterion holds; no parts means no one. */
  record AnyOf(List<Criterion> parts) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.anyOf(this);
    }

    /** Copies the parts and bounds the depth. */
    public AnyOf {
      parts = Checks.list(parts, "parts");
      checkDepth(parts);
    }

    @Override
    public int depth() {
      return 1 + parts.stream().mapToInt(Criterion::depth).max().orElse(0);
    }
  }

  /** The criterion does not hold. */
  record Not(Criterion part) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }

    /** Checks presence and bounds the depth. */
    public Not {
      Checks.notNull(part, "part");
      checkDepth(List.of(part));
    }

    @Override
    public int depth() {
      return 1 + part.depth();
    }
  }

  /** The customer carries the segment tag (lower-cased as customers store tags). */
  record HasTag(String tag) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hasTag(this);
    }

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");

    /** Normalises and checks the tag. */
    public HasTag {
      Checks.notNull(tag, "tag");
      tag = tag.strip().toLowerCase(Locale.ROOT);
      Checks.argument(TAG.matcher(tag).matches(), "tag", "tag is not a valid segment tag");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** The customer's lifecycle status is one of {@code statuses} (not empty). */
  record StatusIn(Set<CustomerStatus> statuses) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.statusIn(this);
    }

    /** Copies and checks the statuses. */
    public StatusIn {
      Checks.argument(
          statuses != null && !statuses.isEmpty(), "statuses", "statuses must not be empty");
      statuses = Set.copyOf(EnumSet.copyOf(statuses));
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** The customer is a person or an organisation. */
  record KindIs(PartyKind kind) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.kindIs(this);
    }

    /** Checks presence. */
    public KindIs {
      Checks.notNull(kind, "kind");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /**
   * The issuing country (ISO 3166-1 alpha-2) of the customer's government id, the country a
   * customer record holds as a field; customers without a government id never match.
   */
  record CountryIs(String country) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.countryIs(this);
    }

    /** Upper-cases and checks the code. */
    public CountryIs {
      Checks.notNull(country, "country");
      country = country.strip().toUpperCase(Locale.ROOT);
      Checks.argument(
          country.matches("[A-Z]{2}"), "country", "country must be two letters (ISO 3166-1)");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** The customer's relationship manager is {@code owner}; customers without one never match. */
  record OwnedBy(EmployeeId owner) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.ownedBy(this);
    }

    /** Checks presence. */
    public OwnedBy {
      Checks.notNull(owner, "owner");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** The customer's branch (territory) is {@code branch}; customers without one never match. */
  record InBranch(BranchCode branch) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.inBranch(this);
    }

    /** Checks presence. */
    public InBranch {
      Checks.notNull(branch, "branch");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** The customer holds at least one open (not closed) product of the type. */
  record HoldsProduct(ProductType productType) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.holdsProduct(this);
    }

    /** Checks presence. */
    public HoldsProduct {
      Checks.notNull(productType, "productType");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** The customer holds no open product of the type (closed ones do not count). */
  record LacksProduct(ProductType productType) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.lacksProduct(this);
    }

    /** Checks presence. */
    public LacksProduct {
      Checks.notNull(productType, "productType");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /**
   * The customer holds at least one open product of the type whose balance is in the currency of
   * the bounds and within {@code [min, max]}, both inclusive. Balances in other currencies never
   * match (no conversion: a segment must not depend on the day's rates).
   */
  record BalanceBetween(ProductType productType, Money min, Money max) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.balanceBetween(this);
    }

    /** Checks presence, one currency and order. */
    public BalanceBetween {
      Checks.notNull(productType, "productType");
      Checks.notNull(min, "min");
      Checks.notNull(max, "max");
      Checks.argument(
          min.currency().equals(max.currency()), "max", "min and max must share a currency");
      Checks.argument(min.compareTo(max) <= 0, "max", "max must not be below min");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /**
   * The customer has a stored score of the kind whose number is within {@code [min, max]}, both
   * inclusive (compared at the stored scale of six decimals). Customers without one never match.
   */
  record ScoreBetween(ScoreKind kind, BigDecimal min, BigDecimal max) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scoreBetween(this);
    }

    /** Checks presence and order. */
    public ScoreBetween {
      Checks.notNull(kind, "kind");
      Checks.notNull(min, "min");
      Checks.notNull(max, "max");
      Checks.argument(min.compareTo(max) <= 0, "max", "max must not be below min");
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /**
   * The customer has a stored score of the kind whose label is one of {@code labels} (exact,
   * case-sensitive), e.g. the RFM segments {@code CHAMPIONS} and {@code LOYAL}. Customers without
   * one, or whose score has no label, never match.
   */
  record ScoreIn(ScoreKind kind, Set<String> labels) implements Criterion {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scoreIn(this);
    }

    /** Checks presence and copies the labels (1 to 50, each 1 to 40 characters). */
    public ScoreIn {
      Checks.notNull(kind, "kind");
      Checks.notNull(labels, "labels");
      Checks.argument(
          !labels.isEmpty() && labels.size() <= 50, "labels", "labels must hold 1 to 50 values");
      labels.forEach(label -> Checks.text(label, "labels", 40));
      labels = Set.copyOf(labels);
    }

    @Override
    public int depth() {
      return 1;
    }
  }

  /** Every one of {@code parts}. */
  static Criterion allOf(Criterion... parts) {
    return new AllOf(Arrays.asList(parts));
  }

  /** Any one of {@code parts}. */
  static Criterion anyOf(Criterion... parts) {
    return new AnyOf(Arrays.asList(parts));
  }

  /** Not {@code part}. */
  static Criterion not(Criterion part) {
    return new Not(part);
  }

  private static void checkDepth(List<Criterion> parts) {
    for (Criterion part : parts) {
      Checks.argument(
          part.depth() < MAX_DEPTH, "criteria", "criteria nest deeper than %s levels", MAX_DEPTH);
    }
  }
}
