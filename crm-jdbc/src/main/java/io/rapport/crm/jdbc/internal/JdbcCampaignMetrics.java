package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.CampaignFigures;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.DatedAmount;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.spi.CampaignMetricsQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CampaignMetricsQuery} as three SQL {@code GROUP BY} statements whatever the number of
 * members or cost lines: stage counts per campaign, conversion values per campaign, UTC day and
 * currency, cost lines per campaign, day and currency. Costs are aggregated apart from members, so
 * a cost is counted once however many members converted.
 */
final class JdbcCampaignMetrics implements CampaignMetricsQuery {
  private static final String COUNTS =
      "SELECT campaign_id, COUNT(*), COUNT(sent_at), COUNT(delivered_at), COUNT(bounced_at),"
          + " COUNT(opened_at), COUNT(clicked_at), COUNT(responded_at), COUNT(unsubscribed_at),"
          + " COUNT(converted_at) FROM rapport_campaign_member WHERE ";
  private static final String VALUES =
      "SELECT campaign_id, CAST(converted_at AS DATE) AS amount_day, converted_currency AS currency,"
          + " SUM(converted_amount) AS total FROM rapport_campaign_member WHERE ";
  private static final String COSTS =
      "SELECT campaign_id, spent_on AS amount_day, currency, SUM(amount) AS total"
          + " FROM rapport_campaign_cost WHERE ";

  private final JdbcUnit unit;

  JdbcCampaignMetrics(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public Map<CampaignId, CampaignFigures> figures(
      TenantId tenant, Collection<CampaignId> campaigns) {
    Sql sql = unit.enter(tenant);
    List<CampaignId> ids = Checks.list(campaigns, "campaigns");
    Checks.argument(
        ids.size() <= MAX_CAMPAIGNS, "campaigns", "at most %s campaigns per call", MAX_CAMPAIGNS);
    Map<CampaignId, CampaignFigures> result = new LinkedHashMap<>();
    ids.forEach(id -> result.put(id, CampaignFigures.none(id)));
    if (ids.isEmpty()) {
      return result;
    }
    Dialect dialect = sql.dialect();
    String in = InLists.keyIn(dialect, "", "campaign_id", ids.size());
    return sql.read(
        "aggregate campaign figures",
        () -> {
          Map<CampaignId, long[]> counts = new HashMap<>();
          sql.query(
              COUNTS + in + " GROUP BY campaign_id",
              p -> InLists.bindKeys(p, dialect, tenant, ids),
              row -> {
                long[] values = new long[9];
                for (int i = 0; i < values.length; i++) {
                  values[i] = row.getLong(i + 2);
                }
                return counts.put(CampaignId.of(row.getString(1)), values);
              });
          Map<CampaignId, List<DatedAmount>> values =
              amounts(
                  sql,
                  VALUES
                      + in
                      + " AND converted_amount IS NOT NULL"
                      + " GROUP BY campaign_id, CAST(converted_at AS DATE), converted_currency"
                      + " ORDER BY campaign_id, amount_day, currency",
                  dialect,
                  tenant,
                  ids);
          Map<CampaignId, List<DatedAmount>> costs =
              amounts(
                  sql,
                  COSTS
                      + in
                      + " GROUP BY campaign_id, spent_on, currency"
                      + " ORDER BY campaign_id, amount_day, currency",
                  dialect,
                  tenant,
                  ids);
          for (CampaignId id : ids) {
            long[] c = counts.getOrDefault(id, new long[9]);
            result.put(
                id,
                new CampaignFigures(
                    id,
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    c[5],
                    c[6],
                    c[7],
                    c[8],
                    values.getOrDefault(id, List.of()),
                    costs.getOrDefault(id, List.of())));
          }
          return result;
        });
  }

  private static Map<CampaignId, List<DatedAmount>> amounts(
      Sql sql, String statement, Dialect dialect, TenantId tenant, List<CampaignId> ids)
      throws SQLException {
    Map<CampaignId, List<DatedAmount>> result = new HashMap<>();
    sql.query(
        statement,
        p -> InLists.bindKeys(p, dialect, tenant, ids),
        row ->
            result
                .computeIfAbsent(
                    CampaignId.of(row.getString("campaign_id")), k -> new ArrayList<>())
                .add(amount(row)));
    return result;
  }

  private static DatedAmount amount(ResultSet row) throws SQLException {
    return new DatedAmount(
        Columns.date(row, "amount_day"),
        JdbcCampaigns.money(row, "total", row.getString("currency")));
  }
}
