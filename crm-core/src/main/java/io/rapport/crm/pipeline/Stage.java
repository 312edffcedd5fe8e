package io.rapport.crm.pipeline;

import io.rapport.crm.common.internal.Checks;

/**
 * One stage of a pipeline: a code stable across definition versions, a name, a kind, a default
 * probability with the bounds an opportunity's probability must stay in while it is in the stage,
 * and the forecast category of its opportunities unless they override it. A won stage has
 * probability 100 and a lost stage 0, both fixed.
 */
public record Stage(
    String code,
    String name,
    StageKind kind,
    Probability defaultProbability,
    Probability minProbability,
    Probability maxProbability,
    ForecastCategory forecastCategory) {

  /** Checks presence, the bounds and the fixed probabilities of closed stages. */
  public Stage {
    Checks.text(code, "stage.code", 50);
    Checks.text(name, "stage.name", 200);
    Checks.notNull(kind, "stage.kind");
    Checks.notNull(defaultProbability, "stage.defaultProbability");
    Checks.notNull(minProbability, "stage.minProbability");
    Checks.notNull(maxProbability, "stage.maxProbability");
    Checks.notNull(forecastCategory, "stage.forecastCategory");
    Checks.argument(
        minProbability.compareTo(defaultProbability) <= 0
            && defaultProbability.compareTo(maxProbability) <= 0,
        "stage.defaultProbability",
        "defaultProbability must lie within minProbability..maxProbability");
    int fixed = kind == StageKind.WON ? 100 : 0;
    Checks.argument(
        kind == StageKind.OPEN
            || (minProbability.percent() == fixed && maxProbability.percent() == fixed),
        "stage.defaultProbability",
        "a %s stage has probability %s",
        kind,
        fixed);
  }

  /** An open stage whose probability may be set anywhere in 0..100. */
  public static Stage open(
      String code, String name, int defaultProbability, ForecastCategory category) {
    return new Stage(
        code,
        name,
        StageKind.OPEN,
        Probability.of(defaultProbability),
        Probability.of(0),
        Probability.of(100),
        category);
  }

  /** The won stage (probability 100, category commit). */
  public static Stage won(String code, String name) {
    Probability all = Probability.of(100);
    return new Stage(code, name, StageKind.WON, all, all, all, ForecastCategory.COMMIT);
  }

  /** The lost stage (probability 0, omitted from forecasts). */
  public static Stage lost(String code, String name) {
    Probability none = Probability.of(0);
    return new Stage(code, name, StageKind.LOST, none, none, none, ForecastCategory.OMITTED);
  }

  /** This stage with probabilities bounded to {@code min..max}. */
  public Stage bounded(int min, int max) {
    return new Stage(
        code,
        name,
        kind,
        defaultProbability,
        Probability.of(min),
        Probability.of(max),
        forecastCategory);
  }

  /** Whether {@code probability} lies within this stage's bounds. */
  public boolean allows(Probability probability) {
    return minProbability.compareTo(probability) <= 0 && probability.compareTo(maxProbability) <= 0;
  }
}
