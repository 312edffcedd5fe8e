package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;

/** One in-memory storage shared by every contract test, as a database would be. */
final class SharedStorage {
  static final CrmStorage STORAGE = InMemoryStorage.create();

  private SharedStorage() {}
}
