package io.rapport.crm.common;

/**
 * The one unchecked root of every exception Rapport throws. Each package subclasses it; each
 * subclass writes its own message, never containing personal data, and keeps the offending value
 * for callers.
 */
public class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message free of personal data. */
  public CrmException(String message) {
    super(message);
  }

  /** Creates an exception with a message free of personal data and its cause. */
  public CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
