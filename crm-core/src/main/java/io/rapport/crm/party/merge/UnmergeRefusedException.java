package io.rapport.crm.party.merge;

import io.rapport.crm.common.CrmException;

/** A merge cannot be undone; {@link #reason()} says why. */
public class UnmergeRefusedException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final transient MergeId mergeId;
  private final Reason reason;

  /** Why an unmerge was refused. */
  public enum Reason {
    /** The merge was already undone. */
    ALREADY_UNDONE,
    /** The undo window of the merge has passed. */
    WINDOW_PASSED,
    /** A customer of the merge was changed after it, so its before-image would lose that change. */
    CHANGED_SINCE_MERGE
  }

  /** Creates "Merge … cannot be undone: …". */
  public UnmergeRefusedException(MergeId mergeId, Reason reason) {
    super("Merge " + mergeId + " cannot be undone: " + describe(reason));
    this.mergeId = mergeId;
    this.reason = reason;
  }

  private static String describe(Reason reason) {
    return switch (reason) {
      case ALREADY_UNDONE -> "it was already undone";
      case WINDOW_PASSED -> "its undo window has passed";
      case CHANGED_SINCE_MERGE -> "a customer of the merge was changed after it";
    };
  }

  /** The merge. */
  public MergeId mergeId() {
    return mergeId;
  }

  /** Why it cannot be undone. */
  public Reason reason() {
    return reason;
  }
}
