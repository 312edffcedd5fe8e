package io.rapport.crm.inmemory;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerFinanceProperties;

/** crm-tck's {@link CustomerFinanceProperties} on the in-memory adapter. */
class InMemoryCustomerFinancePropertiesTest extends CustomerFinanceProperties {
  @Override
  protected CrmStorage storage() {
    return SharedStorage.STORAGE;
  }
}
