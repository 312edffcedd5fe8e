package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerFinanceQueriesContract;

/** crm-tck's {@link CustomerFinanceQueriesContract} on the in-memory adapter. */
class InMemoryCustomerFinanceQueriesTest extends CustomerFinanceQueriesContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
