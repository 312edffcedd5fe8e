package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.FinancialEventRepositoryContract;

/** crm-tck's {@link FinancialEventRepositoryContract} on the in-memory adapter. */
class InMemoryFinancialEventRepositoryTest extends FinancialEventRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
