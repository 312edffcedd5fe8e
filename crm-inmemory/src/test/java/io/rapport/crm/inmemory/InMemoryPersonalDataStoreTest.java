package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.PersonalDataStoreContract;

class InMemoryPersonalDataStoreTest extends PersonalDataStoreContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
