package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.TenantIsolationContract;

class InMemoryTenantIsolationTest extends TenantIsolationContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
