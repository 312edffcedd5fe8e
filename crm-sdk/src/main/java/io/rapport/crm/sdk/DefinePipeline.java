package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.StageKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline definition: name, ordered stages (open stages first, then one won and one lost stage)
 * and the tenant's lost reasons for it.
 *
 * <pre>{@code
 * DefinePipeline.named("Retail lending")
 *     .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
 *     .open("OFFER", "Offer", 60, ForecastCategory.BEST_CASE)
 *     .open("SIGNING", "Signing", 90, ForecastCategory.COMMIT, 80, 100)
 *     .won("WON", "Won").lost("LOST", "Lost")
 *     .lostReason("PRICE", "Rate not competitive")
 *     .build();
 * }</pre>
 */
public record DefinePipeline(
    @NotBlank @Size(max = 200) String name,
    @NotEmpty @Size(max = 50) List<@NotNull @Valid NewStage> stages,
    @NotNull @Size(max = 100) List<@NotNull @Valid NewLostReason> lostReasons) {

  /** A builder for a pipeline called {@code name}. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Collects stages and lost reasons; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<NewStage> stages = new ArrayList<>();
    private final List<NewLostReason> reasons = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** An open stage whose probability may be set anywhere in 0..100. */
    public Builder open(String code, String stageName, int probability, ForecastCategory category) {
      return open(code, stageName, probability, category, 0, 100);
    }

    /** An open stage whose probability must stay within {@code min..max}. */
    public Builder open(
        String code,
        String stageName,
        int probability,
        ForecastCategory category,
        int min,
        int max) {
      stages.add(new NewStage(code, stageName, StageKind.OPEN, probability, min, max, category));
      return this;
    }

    /** The won stage (probability 100). */
    public Builder won(String code, String stageName) {
      stages.add(
          new NewStage(code, stageName, StageKind.WON, 100, 100, 100, ForecastCategory.COMMIT));
      return this;
    }

    /** The lost stage (probability 0). */
    public Builder lost(String code, String stageName) {
      stages.add(new NewStage(code, stageName, StageKind.LOST, 0, 0, 0, ForecastCategory.OMITTED));
      return this;
    }

    /** A lost reason. */
    public Builder lostReason(String code, String label) {
      reasons.add(new NewLostReason(code, label));
      return this;
    }

    /** The command; it is validated when it is executed, not here. */
    public DefinePipeline build() {
      return new DefinePipeline(name, List.copyOf(stages), List.copyOf(reasons));
    }
  }
}
