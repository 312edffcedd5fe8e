package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.PipelineAnalyticsContract;

class InMemoryPipelineAnalyticsTest extends PipelineAnalyticsContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
