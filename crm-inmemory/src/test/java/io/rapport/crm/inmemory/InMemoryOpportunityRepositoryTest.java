package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.OpportunityRepositoryContract;

class InMemoryOpportunityRepositoryTest extends OpportunityRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
