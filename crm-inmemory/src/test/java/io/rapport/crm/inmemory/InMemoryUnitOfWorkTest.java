package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.UnitOfWorkContract;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
