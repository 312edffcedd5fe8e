package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.StageKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One stage of a pipeline being defined. Won stages must have probability 100 and lost stages 0
 * (checked when the definition is built; reported at {@code stages[i]}).
 *
 * @param code stable code, unique in the pipeline, 1 to 50 characters
 * @param name display name, 1 to 200 characters
 * @param defaultProbability the probability of an opportunity entering the stage, 0..100
 * @param minProbability the lowest probability allowed while in the stage
 * @param maxProbability the highest probability allowed while in the stage
 * @param forecastCategory how its opportunities count in forecasts unless they override it
 */
public record NewStage(
    @NotBlank @Size(max = 50) String code,
    @NotBlank @Size(max = 200) String name,
    @NotNull StageKind kind,
    @Min(0) @Max(100) int defaultProbability,
    @Min(0) @Max(100) int minProbability,
    @Min(0) @Max(100) int maxProbability,
    @NotNull ForecastCategory forecastCategory) {}
