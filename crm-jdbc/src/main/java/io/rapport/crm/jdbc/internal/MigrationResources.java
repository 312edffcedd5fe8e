package io.rapport.crm.jdbc.internal;

import io.rapport.crm.jdbc.Dialect;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migration scripts of one dialect, read through this module's own class, so that
 * they load on the module path too (where another module may not read this jar's resources) and no
 * class path scan is needed. Add each new script to {@link #SCRIPTS}.
 */
final class MigrationResources implements ResourceProvider {
  /** Every migration script, oldest first; the same names exist for every dialect. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__customer_context.sql",
          "V2__pipelines.sql",
          "V3__leads.sql",
          "V4__consent_campaigns.sql",
          "V5__financial_events.sql",
          "V6__attribution.sql",
          "V7__customer_scores.sql",
          "V8__customer_name_keys.sql",
          "V9__access.sql",
          "V10__erasure.sql",
          "V11__customer_merge.sql",
          "V12__retention.sql",
          "V13__subject_access.sql");

  private final String folder;

  MigrationResources(Dialect dialect) {
    this.folder = dialect.migrationLocation();
  }

  @Override
  public LoadableResource getResource(String name) {
    return SCRIPTS.contains(name) ? new Script(folder, name) : null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return SCRIPTS.stream()
        .filter(name -> name.startsWith(prefix))
        .filter(name -> Arrays.stream(suffixes).anyMatch(name::endsWith))
        .<LoadableResource>map(name -> new Script(folder, name))
        .toList();
  }

  /** One script in this jar. */
  private static final class Script extends LoadableResource {
    private final String folder;
    private final String name;

    Script(String folder, String name) {
      this.folder = folder;
      this.name = name;
    }

    @Override
    public Reader read() {
      InputStream in = MigrationResources.class.getResourceAsStream("/" + getAbsolutePath());
      if (in == null) {
        throw new IllegalStateException("Migration script missing from the jar: " + name);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return folder + "/" + name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return getAbsolutePath();
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
