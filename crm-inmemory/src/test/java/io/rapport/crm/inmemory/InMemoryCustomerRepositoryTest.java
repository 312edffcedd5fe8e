package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerRepositoryContract;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
