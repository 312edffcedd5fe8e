package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.OutboxContract;

class InMemoryOutboxTest extends OutboxContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
