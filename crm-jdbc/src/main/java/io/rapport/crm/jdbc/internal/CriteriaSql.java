package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.party.CustomerStatus;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Translates segment criteria to a parameterised SQL predicate over {@code rapport_customer c}:
 * values are always bound parameters, never part of the text. Equality on a nullable column is
 * written {@code (col IS NOT NULL AND col = ?)} so that {@code NOT} of it is true for a customer
 * without a value, as in {@link io.rapport.crm.spi.SegmentCriteria}. Not thread-safe; one per
 * statement.
 */
final class CriteriaSql implements Criterion.Visitor<String> {
  /** An open holding of the customer of a product type, and %s further conditions. */
  private static final String HOLDING =
      """
      EXISTS (
          SELECT 1 FROM rapport_holding h
          WHERE h.tenant_id = c.tenant_id AND h.customer_id = c.id
            AND h.closed_on IS NULL AND h.product_type = ?%s)""";

  /** A stored score of the customer of a kind, and %s further conditions. */
  private static final String SCORE =
      """
      EXISTS (
          SELECT 1 FROM rapport_customer_score s
          WHERE s.tenant_id = c.tenant_id AND s.customer_id = c.id
            AND s.kind = ?%s)""";

  private static final String TAG =
      """
      EXISTS (
          SELECT 1 FROM rapport_customer_tag t
          WHERE t.tenant_id = c.tenant_id AND t.customer_id = c.id AND t.tag = ?)""";

  private final List<Object> values = new ArrayList<>();

  private CriteriaSql() {}

  /** The predicate of {@code criterion} and its parameters, in order. */
  static CriteriaSql of(Criterion criterion) {
    CriteriaSql sql = new CriteriaSql();
    sql.predicate = criterion.accept(sql);
    return sql;
  }

  private String predicate;

  /** The predicate text, with {@code ?} markers only. */
  String predicate() {
    return predicate;
  }

  /** Binds the predicate's parameters in order. */
  void bind(Params params) throws SQLException {
    for (Object value : values) {
      if (value instanceof BigDecimal decimal) {
        params.decimal(decimal);
      } else {
        params.text((String) value);
      }
    }
  }

  private String join(List<Criterion> parts, String operator, String empty) {
    if (parts.isEmpty()) {
      return empty;
    }
    List<String> predicates = new ArrayList<>();
    for (Criterion part : parts) {
      predicates.add("(" + part.accept(this) + ")");
    }
    return String.join(" " + operator + " ", predicates);
  }

  @Override
  public String allOf(Criterion.AllOf criterion) {
    return join(criterion.parts(), "AND", "1 = 1");
  }

  @Override
  public String anyOf(Criterion.AnyOf criterion) {
    return join(criterion.parts(), "OR", "1 = 0");
  }

  @Override
  public String not(Criterion.Not criterion) {
    return "NOT (" + criterion.part().accept(this) + ")";
  }

  @Override
  public String hasTag(Criterion.HasTag criterion) {
    values.add(criterion.tag());
    return TAG;
  }

  @Override
  public String statusIn(Criterion.StatusIn criterion) {
    Set<CustomerStatus> statuses = EnumSet.copyOf(criterion.statuses());
    statuses.forEach(status -> values.add(status.name()));
    return "c.status IN (%s)".formatted(InLists.markers(statuses.size()));
  }

  @Override
  public String kindIs(Criterion.KindIs criterion) {
    values.add(criterion.kind().name());
    return "c.kind = ?";
  }

  @Override
  public String countryIs(Criterion.CountryIs criterion) {
    values.add(criterion.country());
    return "c.government_id_country IS NOT NULL AND c.government_id_country = ?";
  }

  @Override
  public String ownedBy(Criterion.OwnedBy criterion) {
    values.add(criterion.owner().value());
    return "c.owner_id IS NOT NULL AND c.owner_id = ?";
  }

  @Override
  public String inBranch(Criterion.InBranch criterion) {
    values.add(criterion.branch().toString());
    return "c.branch_code IS NOT NULL AND c.branch_code = ?";
  }

  @Override
  public String holdsProduct(Criterion.HoldsProduct criterion) {
    values.add(criterion.productType().name());
    return HOLDING.formatted("");
  }

  @Override
  public String lacksProduct(Criterion.LacksProduct criterion) {
    values.add(criterion.productType().name());
    return "NOT " + HOLDING.formatted("");
  }

  @Override
  public String balanceBetween(Criterion.BalanceBetween criterion) {
    values.add(criterion.productType().name());
    values.add(criterion.min().currency().getCurrencyCode());
    values.add(criterion.min().amount());
    values.add(criterion.max().amount());
    return HOLDING.formatted(
        " AND h.balance_currency = ? AND h.balance_amount >= ? AND h.balance_amount <= ?");
  }

  @Override
  public String scoreBetween(Criterion.ScoreBetween criterion) {
    values.add(criterion.kind().name());
    values.add(criterion.min());
    values.add(criterion.max());
    return SCORE.formatted(" AND s.score_value >= ? AND s.score_value <= ?");
  }

  @Override
  public String scoreIn(Criterion.ScoreIn criterion) {
    values.add(criterion.kind().name());
    Set<String> labels = new TreeSet<>(criterion.labels());
    values.addAll(labels);
    return SCORE.formatted(
        " AND s.score_label IS NOT NULL AND s.score_label IN (%s)"
            .formatted(InLists.markers(labels.size())));
  }
}
