package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.jdbc.TestDatabases;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerFinanceProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** crm-tck's {@link CustomerFinanceProperties} on the JDBC adapter over MariaDB. */
@OnDatabase(Dialect.MARIADB)
@AddLifecycleHook(SkipWithoutDatabase.class)
@AddLifecycleHook(TenantScopeHook.class)
class MariaDbCustomerFinancePropertiesTest extends CustomerFinanceProperties {
  @Override
  protected CrmStorage storage() {
    return TestDatabases.shared(Dialect.MARIADB);
  }
}
