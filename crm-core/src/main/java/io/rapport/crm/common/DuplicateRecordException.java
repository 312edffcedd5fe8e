package io.rapport.crm.common;

/** A record with the same id (or the same unique key) already exists in the tenant. */
public class DuplicateRecordException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final String recordType;
  private final transient Object id;

  /** Creates "A {recordType} with id {id} already exists". */
  public DuplicateRecordException(String recordType, Object id) {
    super("A " + recordType + " with id " + id + " already exists");
    this.recordType = recordType;
    this.id = id;
  }

  /** The type of record, e.g. {@code customer}. */
  public String recordType() {
    return recordType;
  }

  /** The id or key that is already taken. */
  public Object id() {
    return id;
  }
}
