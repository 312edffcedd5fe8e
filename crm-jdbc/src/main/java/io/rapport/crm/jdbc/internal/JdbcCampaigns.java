package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.spi.CampaignRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CampaignRepository} over one {@link JdbcUnit}: the campaign row plus its cost lines in
 * {@code rapport_campaign_cost}, rewritten as a whole on update.
 */
final class JdbcCampaigns implements CampaignRepository {
  private static final String TYPE = "campaign";
  private static final Table TABLE =
      Table.of(
          "rapport_campaign",
          "tenant_id",
          "id",
          "version",
          "name",
          "objective",
          "channels",
          "purpose",
          "starts_on",
          "ends_on",
          "status",
          "currency",
          "budget",
          "expected_cost",
          "expected_revenue",
          "expected_response_rate",
          "segment_id",
          "parent_id",
          "launched_at",
          "created_at",
          "updated_at");
  private static final String INSERT = TABLE.insert();
  private static final String UPDATE =
      """
      UPDATE rapport_campaign SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id"));
  private static final String FIND =
      """
      SELECT %s FROM rapport_campaign
      WHERE tenant_id = ? AND id = ?"""
          .formatted(TABLE.list("", "tenant_id"));
  private static final String INSERT_COST =
      Table.of(
              "rapport_campaign_cost",
              "tenant_id",
              "campaign_id",
              "line_no",
              "spent_on",
              "amount",
              "currency",
              "description")
          .insert();
  private static final String FIND_COSTS =
      """
      SELECT spent_on, amount, currency, description FROM rapport_campaign_cost
      WHERE tenant_id = ? AND campaign_id = ?
      ORDER BY line_no""";

  private final JdbcUnit unit;

  JdbcCampaigns(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Campaign campaign) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(campaign, TYPE);
    sql.write(
        "insert a campaign",
        true,
        () -> {
          sql.update(
              INSERT,
              p -> {
                p.id(tenant).id(campaign.id()).number(campaign.version());
                bindValues(p, campaign);
              });
          insertCosts(sql, tenant, campaign);
          return null;
        },
        () -> new DuplicateRecordException(TYPE, campaign.id()));
  }

  private static void bindValues(Params p, Campaign campaign) throws SQLException {
    List<String> channels = new ArrayList<>();
    EnumSet.copyOf(campaign.channels()).forEach(c -> channels.add(c.name()));
    p.text(campaign.name())
        .text(campaign.objective())
        .text(String.join(",", channels))
        .text(campaign.purpose().name())
        .date(campaign.startsOn())
        .date(campaign.endsOn())
        .text(campaign.status().name())
        .text(campaign.currency().getCurrencyCode())
        .decimal(campaign.budget().amount())
        .decimal(campaign.expectedCost().amount())
        .decimal(campaign.expectedRevenue().amount())
        .decimal(campaign.expectedResponseRate())
        .id(campaign.segment())
        .id(campaign.parent())
        .instant(campaign.launchedAt())
        .instant(campaign.createdAt())
        .instant(campaign.updatedAt());
  }

  private static void insertCosts(Sql sql, TenantId tenant, Campaign campaign) throws SQLException {
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < campaign.costLines().size(); i++) {
      lines.add(i);
    }
    sql.batch(
        INSERT_COST,
        lines,
        (p, i) -> {
          CostLine line = campaign.costLines().get(i);
          p.id(tenant)
              .id(campaign.id())
              .number(i)
              .date(line.spentOn())
              .decimal(line.amount().amount())
              .text(line.amount().currency().getCurrencyCode())
              .text(line.description());
        });
  }

  @Override
  public Campaign update(TenantId tenant, Campaign campaign) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(campaign, TYPE);
    long version = campaign.version();
    return sql.write(
        "update a campaign",
        true,
        () -> {
          int changed =
              sql.update(
                  UPDATE,
                  p -> {
                    p.number(version + 1);
                    bindValues(p, campaign);
                    p.id(tenant).id(campaign.id()).number(version);
                  });
          if (changed == 0) {
            throw Versions.missingOrStale(
                sql,
                "rapport_campaign",
                tenant,
                campaign.id(),
                new RecordNotFoundException(TYPE, campaign.id()),
                new ConcurrentUpdateException(TYPE, campaign.id(), version));
          }
          sql.update(
              "DELETE FROM rapport_campaign_cost WHERE tenant_id = ? AND campaign_id = ?",
              p -> p.id(tenant).id(campaign.id()));
          insertCosts(sql, tenant, campaign);
          return campaign.withVersion(version + 1);
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, campaign.id(), version));
  }

  @Override
  public Optional<Campaign> find(TenantId tenant, CampaignId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a campaign",
        () -> {
          List<CostLine> costs =
              sql.query(
                  FIND_COSTS,
                  p -> p.id(tenant).id(id),
                  row ->
                      new CostLine(
                          Columns.date(row, "spent_on"),
                          money(row, "amount", row.getString("currency")),
                          row.getString("description")));
          return sql.queryFirst(FIND, p -> p.id(tenant).id(id), row -> read(row, costs));
        });
  }

  @Override
  public List<Campaign> waves(TenantId tenant, CampaignId parent) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(parent, "parent");
    List<CampaignId> ids =
        sql.read(
            "find campaign waves",
            () ->
                sql.query(
                    "SELECT id FROM rapport_campaign WHERE tenant_id = ? AND parent_id = ? ORDER BY id",
                    p -> p.id(tenant).id(parent),
                    row -> CampaignId.of(row.getString(1))));
    return ids.stream().map(id -> find(tenant, id).orElseThrow()).toList();
  }

  static Money money(ResultSet row, String column, String currency) throws SQLException {
    return Money.of(row.getBigDecimal(column).stripTrailingZeros(), Currency.getInstance(currency));
  }

  private static Campaign read(ResultSet row, List<CostLine> costs) throws SQLException {
    String currency = row.getString("currency");
    Set<CampaignChannel> channels = EnumSet.noneOf(CampaignChannel.class);
    for (String channel : row.getString("channels").split(",")) {
      channels.add(CampaignChannel.valueOf(channel));
    }
    String parent = row.getString("parent_id");
    return new Campaign(
        CampaignId.of(row.getString("id")),
        row.getLong("version"),
        row.getString("name"),
        row.getString("objective"),
        channels,
        Columns.enumValue(row, "purpose", ConsentPurpose.class),
        Columns.date(row, "starts_on"),
        Columns.date(row, "ends_on"),
        Columns.enumValue(row, "status", CampaignStatus.class),
        money(row, "budget", currency),
        money(row, "expected_cost", currency),
        money(row, "expected_revenue", currency),
        row.getBigDecimal("expected_response_rate"),
        SegmentId.of(row.getString("segment_id")),
        parent == null ? null : CampaignId.of(parent),
        costs,
        Columns.instant(row, "launched_at"),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "updated_at"));
  }
}
