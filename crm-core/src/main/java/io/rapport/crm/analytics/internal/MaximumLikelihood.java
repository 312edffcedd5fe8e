package io.rapport.crm.analytics.internal;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over strictly positive parameters with Hipparchus' Nelder-Mead
 * simplex. The search runs on the logarithms of the parameters (so every point is admissible) and
 * restarts from each optimum until a restart no longer improves the log-likelihood, which guards
 * against the simplex collapsing early. Not API.
 */
public final class MaximumLikelihood {
  private static final int MAX_EVALUATIONS = 20_000;
  private static final int MAX_RESTARTS = 20;

  private MaximumLikelihood() {}

  /**
   * The positive parameters maximising {@code logLikelihood}, starting from {@code start}; the
   * function receives the parameters (not their logarithms) and may return {@code -Infinity} or NaN
   * for points it cannot evaluate.
   *
   * @return the parameters followed by the maximal log-likelihood
   * @throws ArithmeticException if the optimiser fails or never reaches a finite log-likelihood
   */
  public static double[] maximise(ToDoubleFunction<double[]> logLikelihood, double... start) {
    ToDoubleFunction<double[]> negative =
        logParameters -> {
          double[] parameters = new double[logParameters.length];
          for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Math.exp(logParameters[i]);
          }
          double value = logLikelihood.applyAsDouble(parameters);
          return Double.isFinite(value) ? -value : Double.MAX_VALUE;
        };
    double[] point = new double[start.length];
    for (int i = 0; i < start.length; i++) {
      point[i] = Math.log(start[i]);
    }
    double best = negative.applyAsDouble(point);
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-10);
    try {
      for (int restart = 0; restart < MAX_RESTARTS; restart++) {
        PointValuePair optimum =
            optimizer.optimize(
                new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(negative::applyAsDouble),
                GoalType.MINIMIZE,
                new InitialGuess(point),
                new NelderMeadSimplex(start.length, 0.5));
        boolean improved = optimum.getValue() < best - 1e-9;
        if (optimum.getValue() <= best) {
          point = optimum.getPoint();
          best = optimum.getValue();
        }
        if (!improved && restart > 0) {
          break;
        }
      }
    } catch (MathIllegalStateException e) {
      throw new ArithmeticException("maximum likelihood did not converge: " + e.getMessage());
    }
    if (best == Double.MAX_VALUE) {
      throw new ArithmeticException("the log-likelihood is not finite anywhere the search went");
    }
    double[] result = new double[start.length + 1];
    for (int i = 0; i < start.length; i++) {
      result[i] = Math.exp(point[i]);
    }
    result[start.length] = -best;
    return result;
  }
}
