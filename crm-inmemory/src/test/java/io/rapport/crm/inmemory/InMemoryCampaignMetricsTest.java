package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CampaignMetricsContract;

class InMemoryCampaignMetricsTest extends CampaignMetricsContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
