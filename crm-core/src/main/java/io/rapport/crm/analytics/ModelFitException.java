package io.rapport.crm.analytics;

import io.rapport.crm.common.CrmException;

/** A model could not be fitted: too little data, or the optimiser did not converge. */
public class ModelFitException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final String model;

  /** Creates the exception for {@code model} (e.g. "BG/NBD") with the reason. */
  public ModelFitException(String model, String reason) {
    super(model + " could not be fitted: " + reason);
    this.model = model;
  }

  /** The name of the model that could not be fitted. */
  public String model() {
    return model;
  }
}
