package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.SubjectReadsContract;

/** crm-tck's {@link SubjectReadsContract} on the in-memory adapter. */
class InMemorySubjectReadsTest extends SubjectReadsContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
