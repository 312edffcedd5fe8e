package io.rapport.crm.spi;

import io.rapport.crm.common.CrmException;

/**
 * The storage failed for a reason of its own: a lost connection, a refused commit, a schema that
 * does not match. The message never holds personal data; adapters attach a driver's exception as
 * the cause only when its text cannot hold row values.
 */
public class StorageException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message free of personal data. */
  public StorageException(String message) {
    super(message);
  }

  /** Creates the exception with a message free of personal data and a cause free of row values. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
