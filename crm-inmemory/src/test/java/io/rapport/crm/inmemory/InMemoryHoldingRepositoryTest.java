package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.HoldingRepositoryContract;

class InMemoryHoldingRepositoryTest extends HoldingRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
