package io.rapport.crm.jdbc.internal;

import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.spi.StorageException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Rapport's tables up to date with Flyway. History is kept in {@code
 * rapport_schema_history}, apart from any Flyway history of the host; a schema that already holds
 * the host's tables is baselined at version 0 so Rapport's first migration still runs. A second run
 * changes nothing. The tables go to the connection's current schema, or to a named schema (a
 * database on MariaDB), created if missing.
 */
public final class Migrations {
  /** The Flyway history table of Rapport's migrations. */
  public static final String HISTORY_TABLE = "rapport_schema_history";

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /**
   * Applies the pending migrations of {@code dialect} in the connection's current schema.
   *
   * @throws StorageException if Flyway fails; its exception is kept (migrations write no rows, so
   *     its text holds no personal data)
   */
  public static void migrate(DataSource dataSource, Dialect dialect) {
    migrate(dataSource, dialect, null);
  }

  /**
   * Applies the pending migrations of {@code dialect} in {@code schema} (created if missing), or in
   * the connection's current schema when {@code schema} is null.
   *
   * @throws StorageException if Flyway fails; its exception is kept (migrations write no rows, so
   *     its text holds no personal data)
   */
  public static void migrate(DataSource dataSource, Dialect dialect, String schema) {
    try {
      FluentConfiguration configuration =
          Flyway.configure(Migrations.class.getClassLoader())
              .dataSource(dataSource)
              .table(HISTORY_TABLE)
              .locations("classpath:" + dialect.migrationLocation())
              .resourceProvider(new MigrationResources(dialect))
              .javaMigrationClassProvider(List::of)
              .baselineOnMigrate(true)
              .baselineVersion("0");
      if (schema != null) {
        configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
      }
      MigrateResult result = configuration.load().migrate();
      LOG.info(
          "Rapport schema ({}{}) at version {}; {} migration(s) applied",
          dialect.shortName(),
          schema == null ? "" : ", " + schema,
          result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new StorageException(
          "Could not migrate the Rapport schema (" + dialect.shortName() + "): " + e.getMessage(),
          e);
    }
  }
}
