package io.rapport.crm.compliance.access;

import io.rapport.crm.common.CrmException;

/**
 * The caller may not perform an operation that names no record it cannot see: a tenant-wide report
 * without a tenant-wide role, a change to a record it may only read, a new record outside its
 * scope. A record the caller may not read is never reported with this exception but as not found,
 * so that its existence is not revealed. The message names the operation, never personal data.
 */
public class AccessDeniedException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Denies {@code operation}, e.g. "analytics needs a role with tenant-wide access". */
  public AccessDeniedException(String operation) {
    super("Access denied: " + operation);
  }
}
