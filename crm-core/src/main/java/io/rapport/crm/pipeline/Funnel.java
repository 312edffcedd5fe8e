package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stage-to-stage conversion of a pipeline: its open stages in order, then its won stage. For a
 * step at position p, reached(p) = Σ opportunities whose furthest stage position ≥ p; conversion(p)
 * = reached(p) ÷ reached(previous step).
 */
public final class Funnel {
  private Funnel() {}

  /** The funnel of {@code definition}'s stages from the reach histogram. */
  public static List<FunnelStep> of(PipelineDefinition definition, List<StageReach> reach) {
    Checks.notNull(definition, "definition");
    Checks.list(reach, "reach");
    List<FunnelStep> steps = new ArrayList<>();
    Long previous = null;
    for (int position = 0; position < definition.stages().size(); position++) {
      Stage stage = definition.stages().get(position);
      if (stage.kind() == StageKind.LOST) {
        continue;
      }
      int from = position;
      long reached =
          reach.stream()
              .filter(r -> r.position() >= from)
              .mapToLong(StageReach::opportunities)
              .sum();
      if (stage.kind() == StageKind.WON) {
        int won = position;
        reached =
            reach.stream()
                .filter(r -> r.position() == won)
                .mapToLong(StageReach::opportunities)
                .sum();
      }
      Optional<BigDecimal> conversion =
          previous == null ? Optional.empty() : WinLoss.ratio(reached, previous);
      steps.add(new FunnelStep(stage, reached, conversion));
      previous = reached;
    }
    return steps;
  }
}
