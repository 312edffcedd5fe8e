package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerMergeContract;

class InMemoryCustomerMergeTest extends CustomerMergeContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
