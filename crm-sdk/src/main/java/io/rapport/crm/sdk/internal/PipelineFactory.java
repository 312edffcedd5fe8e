package io.rapport.crm.sdk.internal;

import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.Stage;
import io.rapport.crm.sdk.DefinePipeline;
import io.rapport.crm.sdk.NewLostReason;
import io.rapport.crm.sdk.NewStage;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a validated {@link DefinePipeline} into a {@link PipelineDefinition} version. */
final class PipelineFactory {
  private PipelineFactory() {}

  /**
   * The definition at {@code version}.
   *
   * @throws io.rapport.crm.sdk.CommandValidationException listing every violation in {@code
   *     collector} and every value the domain refuses
   */
  static PipelineDefinition create(
      ViolationCollector collector,
      DefinePipeline command,
      PipelineId id,
      int version,
      Instant now) {
    List<Stage> stages = new ArrayList<>();
    List<LostReason> reasons = new ArrayList<>();
    if (command.stages() == null || command.lostReasons() == null) {
      collector.throwIfInvalid();
    }
    for (int i = 0; i < command.stages().size(); i++) {
      NewStage stage = command.stages().get(i);
      Stage made =
          collector.at(
              "stages[" + i + "]",
              () ->
                  new Stage(
                      stage.code(),
                      stage.name(),
                      stage.kind(),
                      Probability.of(stage.defaultProbability()),
                      Probability.of(stage.minProbability()),
                      Probability.of(stage.maxProbability()),
                      stage.forecastCategory()));
      stages.add(made);
    }
    for (int i = 0; i < command.lostReasons().size(); i++) {
      NewLostReason reason = command.lostReasons().get(i);
      reasons.add(
          collector.at(
              "lostReasons[" + i + "]", () -> LostReason.of(reason.code(), reason.label())));
    }
    PipelineDefinition definition =
        collector.valid()
            ? collector.under(
                "", () -> new PipelineDefinition(id, version, command.name(), stages, reasons, now))
            : null;
    collector.throwIfInvalid();
    return definition;
  }
}
