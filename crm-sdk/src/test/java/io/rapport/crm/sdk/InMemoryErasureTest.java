package io.rapport.crm.sdk;

import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.spi.CrmStorage;
import java.util.List;

/**
 * {@link ErasureChecks} on the in-memory adapter; the stored text is every string its committed
 * tables hold, read by reflection (see {@link ReflectedText}).
 */
class InMemoryErasureTest extends ErasureChecks {
  private final InMemoryStorage storage = InMemoryStorage.create();

  @Override
  protected CrmStorage storage() {
    return storage;
  }

  @Override
  protected List<String> storedText() {
    return ReflectedText.of(storage);
  }
}
