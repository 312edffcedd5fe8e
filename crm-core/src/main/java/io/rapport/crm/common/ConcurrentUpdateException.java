package io.rapport.crm.common;

/**
 * An update named a version that is no longer the stored one: someone else changed the record since
 * it was read. Re-read the record and apply the change again.
 */
public class ConcurrentUpdateException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final String recordType;
  private final transient Object id;
  private final long expectedVersion;

  /** Creates the exception for the record and the version the caller read. */
  public ConcurrentUpdateException(String recordType, Object id, long expectedVersion) {
    super(
        "The "
            + recordType
            + " with id "
            + id
            + " was changed concurrently: version "
            + expectedVersion
            + " is no longer current");
    this.recordType = recordType;
    this.id = id;
    this.expectedVersion = expectedVersion;
  }

  /** The type of record, e.g. {@code customer}. */
  public String recordType() {
    return recordType;
  }

  /** The id of the record. */
  public Object id() {
    return id;
  }

  /** The version the caller read and expected to replace. */
  public long expectedVersion() {
    return expectedVersion;
  }
}
