package io.rapport.crm.pipeline;

/** What a stage-history entry records. */
public enum StageChangeKind {
  /** The opportunity was opened in its first stage. */
  OPENED,
  /** It moved from one open stage to another (forwards, backwards or skipping stages). */
  MOVED,
  /** It was won. */
  WON,
  /** It was lost. */
  LOST,
  /** A won or lost opportunity was reopened into an open stage. */
  REOPENED
}
