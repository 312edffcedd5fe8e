package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.SegmentCriteriaProperties;

class InMemorySegmentCriteriaTest extends SegmentCriteriaProperties {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
