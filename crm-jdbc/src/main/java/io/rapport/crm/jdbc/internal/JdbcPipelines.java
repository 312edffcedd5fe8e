package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.Stage;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.spi.PipelineRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PipelineRepository} over one {@link JdbcUnit}: a definition version is a row of {@code
 * rapport_pipeline} with its stages and lost reasons in child tables, written in one savepoint with
 * batches, read with three statements whatever the number of stages.
 */
final class JdbcPipelines implements PipelineRepository {
  private static final String TYPE = "pipeline";

  private static final Table PIPELINE =
      Table.of("rapport_pipeline", "tenant_id", "id", "definition_version", "name", "defined_at");
  private static final Table STAGE =
      Table.of(
          "rapport_pipeline_stage",
          "tenant_id",
          "pipeline_id",
          "definition_version",
          "stage_no",
          "code",
          "name",
          "kind",
          "default_probability",
          "min_probability",
          "max_probability",
          "forecast_category");
  private static final Table LOST_REASON =
      Table.of(
          "rapport_pipeline_lost_reason",
          "tenant_id",
          "pipeline_id",
          "definition_version",
          "reason_no",
          "code",
          "label");
  private static final String LATEST_VERSION =
      "SELECT MAX(definition_version) FROM rapport_pipeline WHERE tenant_id = ? AND id = ?";
  private static final String LATEST =
      """
      AND id = ?
      AND definition_version = (
          SELECT MAX(definition_version) FROM rapport_pipeline WHERE tenant_id = ? AND id = ?)""";
  private static final String EVERY_LATEST =
      """
      AND definition_version = (
          SELECT MAX(q.definition_version) FROM rapport_pipeline q
          WHERE q.tenant_id = rapport_pipeline.tenant_id AND q.id = rapport_pipeline.id)""";
  private static final String HEADS =
      """
      SELECT id, definition_version, name, defined_at FROM rapport_pipeline
      WHERE tenant_id = ? %s
      ORDER BY id""";
  private static final String STAGES =
      """
      SELECT %s FROM rapport_pipeline_stage
      WHERE tenant_id = ? %%s
      ORDER BY pipeline_id, definition_version, stage_no"""
          .formatted(STAGE.list("", "tenant_id", "stage_no"));
  private static final String LOST_REASONS =
      """
      SELECT %s FROM rapport_pipeline_lost_reason
      WHERE tenant_id = ? %%s
      ORDER BY pipeline_id, definition_version, reason_no"""
          .formatted(LOST_REASON.list("", "tenant_id", "reason_no"));

  private final JdbcUnit unit;

  JdbcPipelines(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, PipelineDefinition definition) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(definition, TYPE);
    Checks.argument(definition.version() == 1, "version", "a new pipeline starts at version 1");
    store(sql, tenant, definition, () -> new DuplicateRecordException(TYPE, definition.id()));
  }

  @Override
  public void revise(TenantId tenant, PipelineDefinition next) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(next, TYPE);
    long expected = next.version() - 1L;
    List<Integer> latest =
        sql.read(
            "find the latest pipeline version",
            () ->
                sql.query(
                    LATEST_VERSION,
                    p -> p.id(tenant).id(next.id()),
                    row -> {
                      int value = row.getInt(1);
                      return row.wasNull() ? null : value;
                    }));
    if (latest.isEmpty() || latest.get(0) == null) {
      throw new RecordNotFoundException(TYPE, next.id());
    }
    if (latest.get(0) != expected) {
      throw new ConcurrentUpdateException(TYPE, next.id(), expected);
    }
    store(sql, tenant, next, () -> new ConcurrentUpdateException(TYPE, next.id(), expected));
  }

  private static void store(
      Sql sql, TenantId tenant, PipelineDefinition definition, Sql.Conflict onDuplicate) {
    List<Integer> stageNumbers = numbers(definition.stages().size());
    List<Integer> reasonNumbers = numbers(definition.lostReasons().size());
    sql.write(
        "store a pipeline definition",
        true,
        () -> {
          sql.update(
              PIPELINE.insert(),
              p ->
                  p.id(tenant)
                      .id(definition.id())
                      .number(definition.version())
                      .text(definition.name())
                      .instant(definition.definedAt()));
          sql.batch(
              STAGE.insert(),
              stageNumbers,
              (p, i) -> {
                Stage stage = definition.stages().get(i);
                p.id(tenant)
                    .id(definition.id())
                    .number(definition.version())
                    .number(i)
                    .text(stage.code())
                    .text(stage.name())
                    .text(stage.kind().name())
                    .number(stage.defaultProbability().percent())
                    .number(stage.minProbability().percent())
                    .number(stage.maxProbability().percent())
                    .text(stage.forecastCategory().name());
              });
          sql.batch(
              LOST_REASON.insert(),
              reasonNumbers,
              (p, i) -> {
                LostReason reason = definition.lostReasons().get(i);
                p.id(tenant)
                    .id(definition.id())
                    .number(definition.version())
                    .number(i)
                    .text(reason.code())
                    .text(reason.label());
              });
          return null;
        },
        onDuplicate);
  }

  private static List<Integer> numbers(int count) {
    List<Integer> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(i);
    }
    return result;
  }

  @Override
  public Optional<PipelineDefinition> find(TenantId tenant, PipelineId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    List<PipelineDefinition> found = load(sql, tenant, id, LATEST, p -> p.id(id).id(tenant).id(id));
    return found.stream().findFirst();
  }

  @Override
  public Optional<PipelineDefinition> find(TenantId tenant, PipelineId id, int version) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return load(
            sql, tenant, id, "AND id = ? AND definition_version = ?", p -> p.id(id).number(version))
        .stream()
        .findFirst();
  }

  @Override
  public List<PipelineDefinition> list(TenantId tenant) {
    Sql sql = unit.enter(tenant);
    return load(sql, tenant, null, EVERY_LATEST, p -> {});
  }

  /** Definitions matching {@code where}, with their children: three statements. */
  private static List<PipelineDefinition> load(
      Sql sql, TenantId tenant, PipelineId only, String where, Sql.Binder whereParams) {
    return sql.read(
        "find pipelines",
        () -> {
          List<Head> heads =
              sql.query(
                  HEADS.formatted(where),
                  p -> {
                    p.id(tenant);
                    whereParams.bind(p);
                  },
                  row ->
                      new Head(
                          PipelineId.of(row.getString("id")),
                          row.getInt("definition_version"),
                          row.getString("name"),
                          Columns.instant(row, "defined_at")));
          if (heads.isEmpty()) {
            return List.of();
          }
          String filter = only == null ? "" : "AND pipeline_id = ?";
          Sql.Binder children =
              p -> {
                p.id(tenant);
                if (only != null) {
                  p.id(only);
                }
              };
          Map<List<Object>, List<Stage>> stages = new HashMap<>();
          sql.query(
              STAGES.formatted(filter),
              children,
              row -> {
                stages
                    .computeIfAbsent(key(row), k -> new ArrayList<>())
                    .add(
                        new Stage(
                            row.getString("code"),
                            row.getString("name"),
                            Columns.enumValue(row, "kind", StageKind.class),
                            Probability.of(row.getInt("default_probability")),
                            Probability.of(row.getInt("min_probability")),
                            Probability.of(row.getInt("max_probability")),
                            Columns.enumValue(row, "forecast_category", ForecastCategory.class)));
                return null;
              });
          Map<List<Object>, List<LostReason>> reasons = new HashMap<>();
          sql.query(
              LOST_REASONS.formatted(filter),
              children,
              row -> {
                reasons
                    .computeIfAbsent(key(row), k -> new ArrayList<>())
                    .add(LostReason.of(row.getString("code"), row.getString("label")));
                return null;
              });
          List<PipelineDefinition> result = new ArrayList<>(heads.size());
          for (Head head : heads) {
            List<Object> key = List.of(head.id.toString(), head.version);
            result.add(
                new PipelineDefinition(
                    head.id,
                    head.version,
                    head.name,
                    stages.getOrDefault(key, List.of()),
                    reasons.getOrDefault(key, List.of()),
                    head.definedAt));
          }
          return result;
        });
  }

  private static List<Object> key(ResultSet row) throws SQLException {
    return List.of(row.getString("pipeline_id"), row.getInt("definition_version"));
  }

  private record Head(PipelineId id, int version, String name, Instant definedAt) {}
}
