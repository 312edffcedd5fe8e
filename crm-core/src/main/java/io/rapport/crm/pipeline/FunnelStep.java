package io.rapport.crm.pipeline;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One step of a pipeline funnel.
 *
 * @param reached opportunities whose furthest stage is this one or a later one (a skipped stage
 *     counts as passed)
 * @param conversionFromPrevious reached ÷ reached of the previous step, 4 decimals half-even; empty
 *     for the first step or when the previous step reached none
 */
public record FunnelStep(Stage stage, long reached, Optional<BigDecimal> conversionFromPrevious) {}
