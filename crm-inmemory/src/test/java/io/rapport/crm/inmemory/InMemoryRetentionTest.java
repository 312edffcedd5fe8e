package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.RetentionContract;

class InMemoryRetentionTest extends RetentionContract {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
