package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Stage;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.DefinePipeline;
import io.rapport.crm.sdk.Pipelines;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.internal.validation.CommandValidator;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Pipelines} over a {@link CommandRunner}. Thread-safe. */
public final class DefaultPipelines implements Pipelines {
  private static final String TYPE = "pipeline";
  private static final String DEFINE = "DefinePipeline";

  private final CommandRunner runner;
  private final CommandValidator validator;

  /** The pipeline use cases. */
  public DefaultPipelines(CommandRunner runner, CommandValidator validator) {
    this.runner = runner;
    this.validator = validator;
  }

  @Override
  public PipelineDefinition define(Caller caller, DefinePipeline command) {
    runner.access().requireChangeEverything(caller, "defining pipelines");
    Arguments.notNull(DEFINE, caller, "caller");
    ViolationCollector collector = validator.collect(command, DEFINE);
    Instant now = runner.now();
    PipelineDefinition definition =
        PipelineFactory.create(collector, command, runner.ids().next(PipelineId::new), 1, now);
    return runner.write(
        caller,
        now,
        changes -> {
          changes.unit().pipelines().insert(changes.tenant(), definition);
          record(changes, "pipeline.defined", null, definition);
          return definition;
        });
  }

  @Override
  public PipelineDefinition revise(
      Caller caller, PipelineId id, int expectedVersion, DefinePipeline command) {
    runner.access().requireChangeEverything(caller, "defining pipelines");
    Arguments.notNull(DEFINE, caller, "caller");
    Arguments.notNull(DEFINE, id, "id");
    Arguments.version(DEFINE, expectedVersion);
    ViolationCollector collector = validator.collect(command, DEFINE);
    Instant now = runner.now();
    PipelineDefinition next =
        PipelineFactory.create(collector, command, id, expectedVersion + 1, now);
    return runner.write(
        caller,
        now,
        changes -> {
          PipelineDefinition previous =
              changes.unit().pipelines().find(changes.tenant(), id).orElse(null);
          changes.unit().pipelines().revise(changes.tenant(), next);
          record(changes, "pipeline.revised", previous, next);
          return next;
        });
  }

  private static void record(
      Changes changes, String action, PipelineDefinition before, PipelineDefinition after) {
    List<FieldChange> fields =
        new FieldDiff()
            .field("name", before == null ? null : before.name(), after.name())
            .field("stages", before == null ? null : stages(before), stages(after))
            .field("lostReasons", before == null ? null : reasons(before), reasons(after))
            .changes();
    changes.record(
        TYPE,
        after.id(),
        action,
        after.version(),
        fields,
        Map.of("definitionVersion", Integer.toString(after.version())));
  }

  private static String stages(PipelineDefinition definition) {
    return definition.stages().stream().map(Stage::code).collect(Collectors.joining(","));
  }

  private static String reasons(PipelineDefinition definition) {
    return definition.lostReasons().stream()
        .map(reason -> reason.code())
        .collect(Collectors.joining(","));
  }

  @Override
  public Optional<PipelineDefinition> find(Caller caller, PipelineId id) {
    runner.access().requireProfile(caller, "reading pipelines");
    TenantId tenant = Arguments.notNull("find", caller, "caller").tenant();
    Arguments.notNull("find", id, "id");
    return runner.read(unit -> unit.pipelines().find(tenant, id));
  }

  @Override
  public Optional<PipelineDefinition> find(Caller caller, PipelineId id, int version) {
    runner.access().requireProfile(caller, "reading pipelines");
    TenantId tenant = Arguments.notNull("find", caller, "caller").tenant();
    Arguments.notNull("find", id, "id");
    return runner.read(unit -> unit.pipelines().find(tenant, id, version));
  }

  @Override
  public List<PipelineDefinition> list(Caller caller) {
    runner.access().requireProfile(caller, "reading pipelines");
    TenantId tenant = Arguments.notNull("list", caller, "caller").tenant();
    return runner.read(unit -> unit.pipelines().list(tenant));
  }
}
