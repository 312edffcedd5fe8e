package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerTenureQueriesContract;

class InMemoryCustomerTenureQueriesTest extends CustomerTenureQueriesContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
