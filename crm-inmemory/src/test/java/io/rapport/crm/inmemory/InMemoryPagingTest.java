package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.PagingContract;

class InMemoryPagingTest extends PagingContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
