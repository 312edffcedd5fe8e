package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.PipelineRepositoryContract;

class InMemoryPipelineRepositoryTest extends PipelineRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
