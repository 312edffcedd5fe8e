package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.jdbc.TestDatabases;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerLookupContract;
import org.junit.jupiter.api.BeforeEach;

/** crm-tck's {@link CustomerLookupContract} on the JDBC adapter over PostgreSQL. */
class PostgresCustomerLookupTest extends CustomerLookupContract {
  /** Skips (with a notice) before the contract's own code runs when the database is not set. */
  @BeforeEach
  void databaseConfigured() {
    TestDatabases.shared(Dialect.POSTGRESQL);
  }

  @Override
  protected CrmStorage storage() {
    return TestDatabases.shared(Dialect.POSTGRESQL);
  }
}
