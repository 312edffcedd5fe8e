package io.rapport.crm.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** {@link NameKeyBackfillChecks} on a fresh H2 database. */
class H2NameKeyBackfillTest extends NameKeyBackfillChecks {
  private final JdbcDataSource host = new JdbcDataSource();

  H2NameKeyBackfillTest() {
    host.setURL("jdbc:h2:mem:backfill-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  Dialect dialect() {
    return Dialect.H2;
  }

  @Override
  DataSource hostDataSource() {
    return host;
  }
}
