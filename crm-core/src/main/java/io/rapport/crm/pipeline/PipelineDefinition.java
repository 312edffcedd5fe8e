package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a pipeline's definition: its name, its ordered stages and the tenant's list of
 * lost reasons for it. A definition is never changed in place: {@link #revise} makes the next
 * version, and each opportunity keeps the version it was opened under, so history is never
 * rewritten.
 *
 * <p>Stages: at least one open stage, then exactly one won and one lost stage, open stages first;
 * codes unique. Lost reasons live in the definition (not in an aggregate of their own) because they
 * differ per line of business (a mortgage is lost for other reasons than a wealth mandate) and
 * changing them deserves the same versioned, audited revision as the stages. A loss takes its
 * reason from the pipeline's <em>latest</em> definition, so a reason added today can close deals
 * opened earlier; the code and label are copied onto the opportunity, so removing a reason later
 * never rewrites past losses.
 *
 * @param version the definition version, 1 for the first; also the optimistic version
 */
public record PipelineDefinition(
    PipelineId id,
    int version,
    String name,
    List<Stage> stages,
    List<LostReason> lostReasons,
    Instant definedAt) {

  /** Checks the stage layout and unique codes. */
  public PipelineDefinition {
    Checks.notNull(id, "id");
    Checks.argument(version >= 1, "version", "version must be at least 1");
    Checks.text(name, "name", 200);
    stages = Checks.list(stages, "stages");
    lostReasons = Checks.list(lostReasons, "lostReasons");
    Checks.notNull(definedAt, "definedAt");
    definedAt = definedAt.truncatedTo(ChronoUnit.MICROS);
    Set<String> codes = new HashSet<>();
    int open = 0;
    int won = 0;
    int lost = 0;
    for (Stage stage : stages) {
      Checks.argument(codes.add(stage.code()), "stages", "stage codes must be unique");
      switch (stage.kind()) {
        case OPEN -> {
          Checks.argument(
              won + lost == 0, "stages", "open stages must come before the won and lost stages");
          open++;
        }
        case WON -> won++;
        case LOST -> lost++;
      }
    }
    Checks.argument(
        open >= 1 && won == 1 && lost == 1,
        "stages",
        "a pipeline needs at least one open stage and exactly one won and one lost stage");
    Set<String> reasons = new HashSet<>();
    for (LostReason reason : lostReasons) {
      Checks.argument(
          reasons.add(reason.code()), "lostReasons", "lost reason codes must be unique");
    }
  }

  /** The first version of a new pipeline. */
  public static PipelineDefinition first(
      PipelineId id, String name, List<Stage> stages, List<LostReason> lostReasons, Instant at) {
    return new PipelineDefinition(id, 1, name, stages, lostReasons, at);
  }

  /** The next version with new values; this one stays as it was. */
  public PipelineDefinition revise(
      String newName, List<Stage> newStages, List<LostReason> newReasons, Instant at) {
    return new PipelineDefinition(id, version + 1, newName, newStages, newReasons, at);
  }

  /** The stage with {@code code}, if defined. */
  public Optional<Stage> stage(String code) {
    return stages.stream().filter(stage -> stage.code().equals(code)).findFirst();
  }

  /**
   * The stage with {@code code}.
   *
   * @throws PipelineRuleException if there is none; its message leaves out the caller's code, which
   *     {@link PipelineRuleException#code()} keeps
   */
  public Stage requireStage(String code) {
    return stage(code)
        .orElseThrow(() -> new PipelineRuleException(id, code, "no such stage in v" + version));
  }

  /** The 0-based position of the stage with {@code code}, or -1. */
  public int position(String code) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  /** The first open stage, where new opportunities start by default. */
  public Stage firstStage() {
    return stages.get(0);
  }

  /** The won stage. */
  public Stage wonStage() {
    return stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
  }

  /** The lost stage. */
  public Stage lostStage() {
    return stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
  }

  /**
   * The lost reason with {@code code}.
   *
   * @throws PipelineRuleException if it is not on the list
   */
  public LostReason requireLostReason(String code) {
    return lostReasons.stream()
        .filter(reason -> reason.code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new PipelineRuleException(id, code, "no such lost reason in v" + version));
  }
}
