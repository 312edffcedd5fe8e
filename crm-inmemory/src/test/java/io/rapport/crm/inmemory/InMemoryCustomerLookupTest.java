package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerLookupContract;

class InMemoryCustomerLookupTest extends CustomerLookupContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
