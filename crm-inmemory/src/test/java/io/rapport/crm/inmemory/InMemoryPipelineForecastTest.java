package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.PipelineForecastContract;

class InMemoryPipelineForecastTest extends PipelineForecastContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
