package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.SearchContract;

class InMemorySearchTest extends SearchContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
