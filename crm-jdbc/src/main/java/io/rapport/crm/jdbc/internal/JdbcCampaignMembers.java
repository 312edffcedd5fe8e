package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CampaignMemberRepository;
import io.rapport.crm.spi.LaunchPlan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CampaignMemberRepository} over one {@link JdbcUnit}. A launch is a keyset stream: per page
 * of {@link #LAUNCH_PAGE} customers, one query selects the page (the criteria translated to SQL),
 * one reads the page's consent records, and the kept members are inserted in batches; so {@code 2 ×
 * pages + Σ ceil(kept per page / batch size)} statements, memory bounded by one page.
 */
final class JdbcCampaignMembers implements CampaignMemberRepository {
  private static final String TYPE = "campaignMember";
  private static final MemberStatus[] STAGES = MemberStatus.values();
  private static final Table TABLE = Table.of("rapport_campaign_member", columns());
  static final String COLUMNS = TABLE.list("", "tenant_id");
  private static final String LAUNCH =
      """
      INSERT INTO rapport_campaign_member
        (tenant_id, campaign_id, customer_id, version, status, targeted_at)
      VALUES (?, ?, ?, 1, ?, ?)""";
  private static final String FIND =
      """
      SELECT %s FROM rapport_campaign_member
      WHERE tenant_id = ? AND campaign_id = ? AND customer_id = ?"""
          .formatted(COLUMNS);
  private static final String UPDATE =
      """
      UPDATE rapport_campaign_member SET %s
      WHERE tenant_id = ? AND campaign_id = ? AND customer_id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "campaign_id", "customer_id"));
  // the whole primary key in ORDER BY, so that H2 stops at the limit (see JdbcSegments)
  private static final String PAGE =
      """
      SELECT %s FROM rapport_campaign_member
      WHERE tenant_id = ? AND campaign_id = ? %%s
      ORDER BY tenant_id, campaign_id, customer_id
      LIMIT ?"""
          .formatted(COLUMNS);

  private final JdbcUnit unit;

  JdbcCampaignMembers(JdbcUnit unit) {
    this.unit = unit;
  }

  /** The key, the version and status, one timestamp per stage reached, the converted value. */
  private static List<String> columns() {
    List<String> columns =
        new ArrayList<>(List.of("tenant_id", "campaign_id", "customer_id", "version", "status"));
    for (MemberStatus stage : STAGES) {
      columns.add(column(stage));
    }
    columns.addAll(List.of("converted_amount", "converted_currency"));
    return columns;
  }

  private static String column(MemberStatus stage) {
    return stage.name().toLowerCase(Locale.ROOT) + "_at";
  }

  @Override
  public LaunchResult launch(TenantId tenant, LaunchPlan plan) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(plan, "plan");
    CampaignId campaign = plan.campaign();
    Segment target = plan.target();
    return sql.write(
        "launch a campaign",
        true,
        () -> {
          Map<ConsentReason, Long> excluded = new EnumMap<>(ConsentReason.class);
          long candidates = 0;
          long members = 0;
          CustomerId after = null;
          while (true) {
            List<CustomerId> page =
                target.isStaticList()
                    ? unit.segments().listed(tenant, target.id(), after, LAUNCH_PAGE)
                    : unit.segments().members(tenant, target.criteria(), after, LAUNCH_PAGE);
            if (page.isEmpty()) {
              break;
            }
            Map<CustomerId, ConsentHistory> histories = unit.consents().historiesOf(tenant, page);
            List<CustomerId> kept = new ArrayList<>();
            for (CustomerId customer : page) {
              Optional<ConsentReason> reason = plan.exclusion(histories.get(customer));
              if (reason.isPresent()) {
                excluded.merge(reason.get(), 1L, Long::sum);
              } else {
                kept.add(customer);
              }
            }
            sql.batch(
                LAUNCH,
                kept,
                (p, customer) ->
                    p.id(tenant)
                        .id(campaign)
                        .id(customer)
                        .text(MemberStatus.TARGETED.name())
                        .instant(plan.at()));
            candidates += page.size();
            members += kept.size();
            if (page.size() < LAUNCH_PAGE) {
              break;
            }
            after = page.get(page.size() - 1);
          }
          return new LaunchResult(candidates, members, excluded);
        },
        () -> new DuplicateRecordException(TYPE, campaign));
  }

  @Override
  public Optional<CampaignMember> find(TenantId tenant, CampaignId campaign, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(campaign, "campaign");
    Checks.notNull(customer, "customer");
    return sql.read(
        "find a campaign member",
        () ->
            sql.queryFirst(
                FIND, p -> p.id(tenant).id(campaign).id(customer), JdbcCampaignMembers::read));
  }

  @Override
  public CampaignMember update(TenantId tenant, CampaignMember member) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(member, TYPE);
    long version = member.version();
    return sql.write(
        "update a campaign member",
        false,
        () -> {
          int changed =
              sql.update(
                  UPDATE,
                  p -> {
                    p.number(version + 1).text(member.status().name());
                    for (MemberStatus stage : STAGES) {
                      p.instant(member.reachedAt(stage));
                    }
                    Money value = member.convertedValue();
                    p.decimal(value == null ? null : value.amount())
                        .text(value == null ? null : value.currency().getCurrencyCode());
                    p.id(tenant).id(member.campaign()).id(member.customer()).number(version);
                  });
          if (changed == 0) {
            boolean exists = find(tenant, member.campaign(), member.customer()).isPresent();
            throw exists
                ? new ConcurrentUpdateException(TYPE, member.customer(), version)
                : new RecordNotFoundException(TYPE, member.customer());
          }
          return member.withVersion(version + 1);
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, member.customer(), version));
  }

  @Override
  public List<CampaignMember> members(
      TenantId tenant, CampaignId campaign, CustomerId after, int limit) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(campaign, "campaign");
    JdbcSegments.checkLimit(limit);
    return sql.read(
        "page campaign members",
        () ->
            sql.query(
                PAGE.formatted(after == null ? "" : "AND customer_id > ?"),
                p -> {
                  p.id(tenant).id(campaign);
                  if (after != null) {
                    p.id(after);
                  }
                  p.number(limit);
                },
                JdbcCampaignMembers::read));
  }

  @Override
  public List<CampaignMember> forCustomer(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "read the campaign memberships of a customer",
        () -> SubjectReads.members(sql, tenant, customer));
  }

  static CampaignMember read(ResultSet row) throws SQLException {
    Map<MemberStatus, Instant> reached = new EnumMap<>(MemberStatus.class);
    for (MemberStatus stage : STAGES) {
      Instant at = Columns.instant(row, column(stage));
      if (at != null) {
        reached.put(stage, at);
      }
    }
    String currency = row.getString("converted_currency");
    return new CampaignMember(
        CampaignId.of(row.getString("campaign_id")),
        CustomerId.of(row.getString("customer_id")),
        row.getLong("version"),
        Columns.enumValue(row, "status", MemberStatus.class),
        reached,
        currency == null ? null : JdbcCampaigns.money(row, "converted_amount", currency));
  }
}
