package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.ConcurrencyContract;

class InMemoryConcurrencyTest extends ConcurrencyContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
