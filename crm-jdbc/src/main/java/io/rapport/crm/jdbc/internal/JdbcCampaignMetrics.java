package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.CampaignFigures;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.DatedAmount;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.spi.CampaignMetricsQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link CampaignMetricsQuery}; figures are three SQL {@code GROUP BY} statements whatever the
 * number of members or cost lines: stage counts per campaign, conversion values per campaign, UTC
 * day and currency, cost lines per campaign, day and currency. Costs are aggregated apart from
 * members, so a cost is counted once however many members converted.
 */
final class JdbcCampaignMetrics implements CampaignMetricsQuery {
  private static final String COUNTS =
      """
      SELECT campaign_id, COUNT(*), COUNT(sent_at), COUNT(delivered_at), COUNT(bounced_at),
             COUNT(opened_at), COUNT(clicked_at), COUNT(responded_at), COUNT(unsubscribed_at),
             COUNT(converted_at)
      FROM rapport_campaign_member
      WHERE %s
      GROUP BY campaign_id""";
  private static final String VALUES =
      """
      SELECT campaign_id, CAST(converted_at AS DATE) AS amount_day,
             converted_currency AS currency, SUM(converted_amount) AS total
      FROM rapport_campaign_member
      WHERE %s AND converted_amount IS NOT NULL
      GROUP BY campaign_id, CAST(converted_at AS DATE), converted_currency
      ORDER BY campaign_id, amount_day, currency""";
  private static final String COSTS =
      """
      SELECT campaign_id, spent_on AS amount_day, currency, SUM(amount) AS total
      FROM rapport_campaign_cost
      WHERE %s
      GROUP BY campaign_id, spent_on, currency
      ORDER BY campaign_id, amount_day, currency""";

  private static final String WON = EnumLiterals.of(StageKind.WON);
  private static final String LEADS =
      """
      SELECT campaign_id, COUNT(*) FROM rapport_lead
      WHERE %%s AND source_kind = %s
      GROUP BY campaign_id"""
          .formatted(EnumLiterals.of(SourceKind.CAMPAIGN_RESPONSE));
  private static final String EXPLICIT_WINS =
      """
      SELECT campaign_id, closed_on AS amount_day, closed_currency AS currency,
             COUNT(*) AS wins, SUM(closed_amount) AS total
      FROM rapport_opportunity
      WHERE %%s AND status = %s
      GROUP BY campaign_id, closed_on, closed_currency"""
          .formatted(WON);

  /** When a member touched the campaign: clicked, else responded, else converted. */
  private static final String TOUCH =
      "COALESCE(%1$s.clicked_at, %1$s.responded_at, %1$s.converted_at)";

  /**
   * Wins without a campaign credited to the touch of their customer at or before the opportunity
   * was opened that no other touch of the customer beats: %1$s the campaigns, %2$s the member's
   * touch, %3$s another member's touch, %4$s the comparison that makes a touch beat another, %5$s
   * the won status.
   */
  private static final String TOUCHED_WINS =
      """
      SELECT m.campaign_id AS campaign_id, o.closed_on AS amount_day,
             o.closed_currency AS currency, COUNT(*) AS wins, SUM(o.closed_amount) AS total
      FROM rapport_campaign_member m
      JOIN rapport_opportunity o ON o.tenant_id = m.tenant_id AND o.customer_id = m.customer_id
      WHERE %1$s
        AND o.status = %5$s AND o.campaign_id IS NULL
        AND %2$s <= o.created_at
        AND NOT EXISTS (
            SELECT 1 FROM rapport_campaign_member m2
            WHERE m2.tenant_id = o.tenant_id AND m2.customer_id = o.customer_id
              AND %3$s <= o.created_at
              AND (%3$s %4$s %2$s OR (%3$s = %2$s AND m2.campaign_id < m.campaign_id)))
      GROUP BY m.campaign_id, o.closed_on, o.closed_currency""";

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
              COUNTS.formatted(in),
              p -> InLists.bindKeys(p, dialect, tenant, ids),
              row -> {
                long[] values = new long[9];
                for (int i = 0; i < values.length; i++) {
                  values[i] = row.getLong(i + 2);
                }
                return counts.put(CampaignId.of(row.getString(1)), values);
              });
          Map<CampaignId, List<DatedAmount>> values =
              amounts(sql, VALUES.formatted(in), dialect, tenant, ids);
          Map<CampaignId, List<DatedAmount>> costs =
              amounts(sql, COSTS.formatted(in), dialect, tenant, ids);
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

  /**
   * Three {@code GROUP BY} statements: leads per campaign, wins naming their campaign, and wins
   * credited through their customer's touches, where a {@code NOT EXISTS} keeps only the first (or
   * last) touch at or before the opportunity was opened, ties to the smaller campaign id.
   */
  @Override
  public Map<CampaignId, AttributedOutcomes> attributed(
      TenantId tenant, Collection<CampaignId> campaigns, AttributionModel model) {
    Sql sql = unit.enter(tenant);
    List<CampaignId> ids = Checks.list(campaigns, "campaigns");
    Checks.notNull(model, "model");
    Checks.argument(
        ids.size() <= MAX_CAMPAIGNS, "campaigns", "at most %s campaigns per call", MAX_CAMPAIGNS);
    Map<CampaignId, AttributedOutcomes> result = new LinkedHashMap<>();
    ids.forEach(id -> result.put(id, AttributedOutcomes.none()));
    if (ids.isEmpty()) {
      return result;
    }
    Dialect dialect = sql.dialect();
    String in = InLists.keyIn(dialect, "", "campaign_id", ids.size());
    String touched =
        TOUCHED_WINS.formatted(
            InLists.keyIn(dialect, "m.", "campaign_id", ids.size()),
            TOUCH.formatted("m"),
            TOUCH.formatted("m2"),
            model == AttributionModel.FIRST_TOUCH ? "<" : ">",
            WON);
    return sql.read(
        "attribute campaign outcomes",
        () -> {
          Map<CampaignId, Long> leads = new HashMap<>();
          sql.query(
              LEADS.formatted(in),
              p -> InLists.bindKeys(p, dialect, tenant, ids),
              row -> leads.put(CampaignId.of(row.getString(1)), row.getLong(2)));
          Map<CampaignId, Long> wins = new HashMap<>();
          Map<CampaignId, Map<String, DatedAmount>> revenue = new HashMap<>();
          for (String statement : List.of(EXPLICIT_WINS.formatted(in), touched)) {
            sql.query(
                statement,
                p -> InLists.bindKeys(p, dialect, tenant, ids),
                row -> {
                  CampaignId id = CampaignId.of(row.getString("campaign_id"));
                  wins.merge(id, row.getLong("wins"), Long::sum);
                  DatedAmount amount = amount(row);
                  return revenue
                      .computeIfAbsent(id, k -> new TreeMap<>())
                      .merge(
                          amount.on() + "/" + amount.amount().currency().getCurrencyCode(),
                          amount,
                          (a, b) -> new DatedAmount(a.on(), a.amount().plus(b.amount())));
                });
          }
          for (CampaignId id : ids) {
            result.put(
                id,
                new AttributedOutcomes(
                    leads.getOrDefault(id, 0L),
                    wins.getOrDefault(id, 0L),
                    List.copyOf(revenue.getOrDefault(id, Map.of()).values())));
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
