package io.rapport.crm.pipeline;

/** What reaching a stage means for an opportunity. */
public enum StageKind {
  /** Work in progress: the opportunity can move on, be won or be lost. */
  OPEN,
  /** The deal was won; a pipeline has exactly one won stage. */
  WON,
  /** The deal was lost; a pipeline has exactly one lost stage. */
  LOST
}
