package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.jdbc.TestDatabases;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.SegmentCriteriaProperties;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** crm-tck's {@link SegmentCriteriaProperties} on the JDBC adapter over PostgreSQL. */
@OnDatabase(Dialect.POSTGRESQL)
@AddLifecycleHook(SkipWithoutDatabase.class)
@AddLifecycleHook(TenantScopeHook.class)
class PostgresSegmentCriteriaPropertiesTest extends SegmentCriteriaProperties {
  @Override
  protected CrmStorage storage() {
    return TestDatabases.shared(Dialect.POSTGRESQL);
  }
}
