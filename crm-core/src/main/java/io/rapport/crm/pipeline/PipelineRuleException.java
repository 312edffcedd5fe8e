package io.rapport.crm.pipeline;

import io.rapport.crm.common.CrmException;

/**
 * A change the pipeline definition does not allow: an unknown stage, a probability outside the
 * stage's bounds, a lost reason not on the tenant's list, a move to the stage the opportunity is
 * already in. Keeps the pipeline and the offending code; never holds personal data.
 */
public class PipelineRuleException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient PipelineId pipeline;
  private final String code;

  /** Creates "Pipeline {id}: {rule}". */
  public PipelineRuleException(PipelineId pipeline, String code, String rule) {
    super("Pipeline " + pipeline + ": " + rule);
    this.pipeline = pipeline;
    this.code = code;
  }

  /** The pipeline whose definition refused the change. */
  public PipelineId pipeline() {
    return pipeline;
  }

  /** The refused stage or lost-reason code, or the stage whose bounds were broken. */
  public String code() {
    return code;
  }
}
