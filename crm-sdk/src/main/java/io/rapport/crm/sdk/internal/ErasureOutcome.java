package io.rapport.crm.sdk.internal;

/** What a {@link CustomerEraser} did to one customer. */
public enum ErasureOutcome {
  /** The customer was erased now. */
  ERASED,
  /** The customer had been erased before; nothing changed. */
  ALREADY_ERASED,
  /** The customer is under a legal hold; nothing changed. */
  HELD
}
