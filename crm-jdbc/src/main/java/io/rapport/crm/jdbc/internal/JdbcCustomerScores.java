package io.rapport.crm.jdbc.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CustomerScoreRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CustomerScoreRepository} over one {@link JdbcUnit}, in {@code rapport_customer_score}:
 * storing is one delete batch of the scores' keys and one insert batch per batch of scores.
 */
final class JdbcCustomerScores implements CustomerScoreRepository {
  private static final Table TABLE =
      Table.of(
          "rapport_customer_score",
          "tenant_id",
          "customer_id",
          "kind",
          "score_value",
          "score_label",
          "computed_at");
  private static final String INSERT = TABLE.insert();
  private static final String DELETE =
      "DELETE FROM rapport_customer_score WHERE tenant_id = ? AND customer_id = ? AND kind = ?";
  private static final String DELETE_KIND =
      "DELETE FROM rapport_customer_score WHERE tenant_id = ? AND kind = ?";
  private static final String FIND =
      """
      SELECT %s FROM rapport_customer_score
      WHERE tenant_id = ? AND customer_id = ? AND kind = ?"""
          .formatted(TABLE.list("", "tenant_id"));
  private static final String COUNT =
      "SELECT COUNT(*) FROM rapport_customer_score WHERE tenant_id = ? AND kind = ?";

  private final JdbcUnit unit;

  JdbcCustomerScores(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void storeAll(TenantId tenant, List<CustomerScore> scores) {
    Sql sql = unit.enter(tenant);
    Map<Key, CustomerScore> last = new LinkedHashMap<>();
    for (CustomerScore score : Checks.list(scores, "scores")) {
      last.put(new Key(score.customer(), score.kind()), score);
    }
    if (last.isEmpty()) {
      return;
    }
    List<CustomerScore> rows = new ArrayList<>(last.values());
    sql.write(
        "store customer scores",
        true,
        () -> {
          sql.batch(
              DELETE, rows, (p, score) -> p.id(tenant).id(score.customer()).text(kind(score)));
          sql.batch(
              INSERT,
              rows,
              (p, score) ->
                  p.id(tenant)
                      .id(score.customer())
                      .text(kind(score))
                      .decimal(score.value())
                      .text(score.label())
                      .instant(score.computedAt()));
          return null;
        },
        null);
  }

  private static String kind(CustomerScore score) {
    return score.kind().name();
  }

  @Override
  public long deleteKind(TenantId tenant, ScoreKind kind) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(kind, "kind");
    return sql.write(
        "drop customer scores",
        false,
        () -> (long) sql.update(DELETE_KIND, p -> p.id(tenant).text(kind.name())),
        null);
  }

  @Override
  public Optional<CustomerScore> find(TenantId tenant, CustomerId customer, ScoreKind kind) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    Checks.notNull(kind, "kind");
    return sql.read(
        "find a customer score",
        () ->
            sql.queryFirst(
                FIND, p -> p.id(tenant).id(customer).text(kind.name()), JdbcCustomerScores::read));
  }

  @Override
  public long count(TenantId tenant, ScoreKind kind) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(kind, "kind");
    return sql.read(
        "count customer scores",
        () ->
            sql.queryFirst(COUNT, p -> p.id(tenant).text(kind.name()), row -> row.getLong(1))
                .orElse(0L));
  }

  private static CustomerScore read(ResultSet row) throws SQLException {
    return new CustomerScore(
        CustomerId.of(row.getString("customer_id")),
        Columns.enumValue(row, "kind", ScoreKind.class),
        row.getBigDecimal("score_value"),
        row.getString("score_label"),
        Columns.instant(row, "computed_at"));
  }

  private record Key(CustomerId customer, ScoreKind kind) {}
}
