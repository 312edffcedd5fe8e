package io.rapport.crm.examples;

import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.spi.CrmStorage;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/** Breaks the architecture rules on purpose, so {@link ArchitectureTest} can prove they fail. */
final class RuleBreakingFixture {
  private RuleBreakingFixture() {}

  /** Uses JDBC types, the wall clock and random ids. */
  static String jdbcClockAndRandomIds(Connection connection, DataSource dataSource) {
    return Instant.now()
        + " "
        + LocalDate.now()
        + " "
        + UUID.randomUUID()
        + " "
        + System.currentTimeMillis()
        + connection
        + dataSource;
  }

  /** Names types of the spi, the sdk and the jdbc adapter. */
  static String upperLayers(CrmStorage storage, Crm crm, JdbcStorage jdbc) {
    return String.valueOf(storage) + crm + jdbc;
  }
}
