package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CampaignAttributionContract;

class InMemoryCampaignAttributionTest extends CampaignAttributionContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
