package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.jdbc.TestDatabases;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.StatefulStorageProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** crm-tck's {@link StatefulStorageProperties} on the JDBC adapter over H2. */
@OnDatabase(Dialect.H2)
@AddLifecycleHook(SkipWithoutDatabase.class)
@AddLifecycleHook(TenantScopeHook.class)
class H2StatefulStoragePropertiesTest extends StatefulStorageProperties {
  @Override
  protected CrmStorage storage() {
    return TestDatabases.shared(Dialect.H2);
  }
}
