package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.jdbc.TestDatabases;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.PersonalDataStoreContract;
import org.junit.jupiter.api.BeforeEach;

/** crm-tck's {@link PersonalDataStoreContract} on the JDBC adapter over MariaDB. */
class MariaDbPersonalDataStoreTest extends PersonalDataStoreContract {
  /** Skips (with a notice) before the contract's own code runs when the database is not set. */
  @BeforeEach
  void databaseConfigured() {
    TestDatabases.shared(Dialect.MARIADB);
  }

  @Override
  protected CrmStorage storage() {
    return TestDatabases.shared(Dialect.MARIADB);
  }
}
