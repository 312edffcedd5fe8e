package io.rapport.crm.common;

/** No record of a given type exists with a given id in the caller's tenant. */
public class RecordNotFoundException extends CrmException {
  private static final long serialVersionUID = 1L;
  private final String recordType;
  private final transient Object id;

  /** Creates "No {recordType} with id {id}". */
  public RecordNotFoundException(String recordType, Object id) {
    super("No " + recordType + " with id " + id);
    this.recordType = recordType;
    this.id = id;
  }

  /** The type of record that was looked up, e.g. {@code customer}. */
  public String recordType() {
    return recordType;
  }

  /** The id that was not found. */
  public Object id() {
    return id;
  }
}
