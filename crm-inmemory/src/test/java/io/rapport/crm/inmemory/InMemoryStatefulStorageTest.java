package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.StatefulStorageProperties;

class InMemoryStatefulStorageTest extends StatefulStorageProperties {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
