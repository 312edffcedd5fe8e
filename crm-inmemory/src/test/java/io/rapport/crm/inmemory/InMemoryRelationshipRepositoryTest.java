package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.RelationshipRepositoryContract;

class InMemoryRelationshipRepositoryTest extends RelationshipRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
