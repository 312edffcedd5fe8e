package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CampaignMemberRepositoryContract;

class InMemoryCampaignMemberRepositoryTest extends CampaignMemberRepositoryContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
