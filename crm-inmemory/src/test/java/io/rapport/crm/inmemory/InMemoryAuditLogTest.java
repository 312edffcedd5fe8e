package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
