package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.AccessFilterContract;

class InMemoryAccessFilterTest extends AccessFilterContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
