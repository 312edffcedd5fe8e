package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerScoreRepositoryContract;

class InMemoryCustomerScoreRepositoryTest extends CustomerScoreRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
