package io.rapport.crm.spi;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.Holding;
import java.util.List;
import java.util.Map;

/**
 * The reference semantics of segment criteria: whether a customer with the given holdings is
 * selected. Adapters that evaluate criteria in memory call this; adapters that translate them (to
 * SQL) must select exactly the same customers, which crm-tck checks on random criteria trees.
 */
public final class SegmentCriteria implements Criterion.Visitor<Boolean> {
  private final Customer customer;
  private final List<Holding> holdings;
  private final Map<ScoreKind, CustomerScore> scores;

  private SegmentCriteria(
      Customer customer, List<Holding> holdings, Map<ScoreKind, CustomerScore> scores) {
    this.customer = customer;
    this.holdings = holdings;
    this.scores = scores;
  }

  /**
   * Whether {@code criterion} holds for {@code customer}, whose holdings (closed ones included) are
   * {@code holdings}.
   */
  public static boolean matches(Criterion criterion, Customer customer, List<Holding> holdings) {
    Checks.notNull(criterion, "criterion");
    Checks.notNull(customer, "customer");
    Checks.notNull(holdings, "holdings");
    return matches(criterion, customer, holdings, Map.of());
  }

  /**
   * Whether {@code criterion} holds for {@code customer}, whose holdings (closed ones included) are
   * {@code holdings} and whose stored scores are {@code scores}, one per kind.
   */
  public static boolean matches(
      Criterion criterion,
      Customer customer,
      List<Holding> holdings,
      Map<ScoreKind, CustomerScore> scores) {
    Checks.notNull(criterion, "criterion");
    Checks.notNull(customer, "customer");
    Checks.notNull(holdings, "holdings");
    Checks.notNull(scores, "scores");
    return criterion.accept(new SegmentCriteria(customer, holdings, scores));
  }

  @Override
  public Boolean allOf(Criterion.AllOf criterion) {
    return criterion.parts().stream().allMatch(part -> part.accept(this));
  }

  @Override
  public Boolean anyOf(Criterion.AnyOf criterion) {
    return criterion.parts().stream().anyMatch(part -> part.accept(this));
  }

  @Override
  public Boolean not(Criterion.Not criterion) {
    return !criterion.part().accept(this);
  }

  @Override
  public Boolean hasTag(Criterion.HasTag criterion) {
    return customer.tags().contains(criterion.tag());
  }

  @Override
  public Boolean statusIn(Criterion.StatusIn criterion) {
    return criterion.statuses().contains(customer.status());
  }

  @Override
  public Boolean kindIs(Criterion.KindIs criterion) {
    return customer.kind() == criterion.kind();
  }

  @Override
  public Boolean countryIs(Criterion.CountryIs criterion) {
    return customer.party().governmentId() != null
        && customer.party().governmentId().country().equals(criterion.country());
  }

  @Override
  public Boolean ownedBy(Criterion.OwnedBy criterion) {
    return criterion.owner().equals(customer.owner());
  }

  @Override
  public Boolean inBranch(Criterion.InBranch criterion) {
    return criterion.branch().equals(customer.branch());
  }

  @Override
  public Boolean holdsProduct(Criterion.HoldsProduct criterion) {
    return holdings.stream().anyMatch(h -> h.open() && h.productType() == criterion.productType());
  }

  @Override
  public Boolean lacksProduct(Criterion.LacksProduct criterion) {
    return holdings.stream().noneMatch(h -> h.open() && h.productType() == criterion.productType());
  }

  @Override
  public Boolean balanceBetween(Criterion.BalanceBetween criterion) {
    return holdings.stream()
        .anyMatch(
            h ->
                h.open()
                    && h.productType() == criterion.productType()
                    && h.balance().currency().equals(criterion.min().currency())
                    && h.balance().compareTo(criterion.min()) >= 0
                    && h.balance().compareTo(criterion.max()) <= 0);
  }

  @Override
  public Boolean scoreBetween(Criterion.ScoreBetween criterion) {
    CustomerScore score = scores.get(criterion.kind());
    return score != null
        && score.value().compareTo(criterion.min()) >= 0
        && score.value().compareTo(criterion.max()) <= 0;
  }

  @Override
  public Boolean scoreIn(Criterion.ScoreIn criterion) {
    CustomerScore score = scores.get(criterion.kind());
    return score != null && score.label() != null && criterion.labels().contains(score.label());
  }
}
