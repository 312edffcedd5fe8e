package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.StageChangeKind;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.spi.StageHistory;
import java.sql.SQLException;
import java.util.List;

/** {@link StageHistory} over one {@link JdbcUnit}: the append-only {@code rapport_stage_change}. */
final class JdbcStageHistory implements StageHistory {
  private static final Table TABLE =
      Table.of(
          "rapport_stage_change",
          "tenant_id",
          "opportunity_id",
          "opportunity_version",
          "pipeline_id",
          "kind",
          "from_stage",
          "to_stage",
          "to_position",
          "to_kind",
          "occurred_at",
          "actor_kind",
          "actor_id",
          "amount",
          "amount_scale",
          "currency",
          "probability",
          "lost_reason",
          "seconds_in_from_stage");

  static final String INSERT = TABLE.insert();

  private static final String FOR_OPPORTUNITY =
      """
      SELECT %s FROM rapport_stage_change
      WHERE tenant_id = ? AND opportunity_id = ?
      ORDER BY opportunity_version"""
          .formatted(TABLE.list("", "tenant_id"));

  private final JdbcUnit unit;

  JdbcStageHistory(JdbcUnit unit) {
    this.unit = unit;
  }

  static void bind(Params p, TenantId tenant, StageChange change) throws SQLException {
    p.id(tenant)
        .id(change.opportunity())
        .number(change.opportunityVersion())
        .id(change.pipeline())
        .text(change.kind().name())
        .text(change.fromStage())
        .text(change.toStage())
        .number(change.toPosition())
        .text(change.toKind().name())
        .instant(change.at())
        .text(change.actor().kind().name())
        .text(change.actor().id())
        .decimal(change.amount().amount())
        .number(change.amount().amount().scale())
        .text(change.amount().currency().getCurrencyCode())
        .number(change.probability().percent())
        .text(change.lostReason())
        .number(change.secondsInFromStage());
  }

  @Override
  public void append(TenantId tenant, StageChange change) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(change, "change");
    OpportunityRows.checkStorable(change.amount(), "amount");
    sql.write(
        "append a stage change",
        false,
        () -> sql.update(INSERT, p -> bind(p, tenant, change)),
        () ->
            new DuplicateRecordException(
                "stage change", change.opportunity() + " v" + change.opportunityVersion()));
  }

  @Override
  public List<StageChange> of(TenantId tenant, OpportunityId opportunity) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(opportunity, "opportunity");
    return sql.read(
        "read a stage history",
        () ->
            sql.query(
                FOR_OPPORTUNITY,
                p -> p.id(tenant).id(opportunity),
                row ->
                    new StageChange(
                        OpportunityId.of(row.getString("opportunity_id")),
                        row.getLong("opportunity_version"),
                        PipelineId.of(row.getString("pipeline_id")),
                        Columns.enumValue(row, "kind", StageChangeKind.class),
                        row.getString("from_stage"),
                        row.getString("to_stage"),
                        row.getInt("to_position"),
                        Columns.enumValue(row, "to_kind", StageKind.class),
                        Columns.instant(row, "occurred_at"),
                        new Actor(
                            Columns.enumValue(row, "actor_kind", Actor.Kind.class),
                            row.getString("actor_id")),
                        OpportunityRows.money(row, "amount", "amount_scale", "currency"),
                        Probability.of(row.getInt("probability")),
                        row.getString("lost_reason"),
                        row.getLong("seconds_in_from_stage"))));
  }
}
