package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.examples.cli.VersionProvider;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.sample.SampleBankSpec;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.Subscription;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rapport demo}: loads a generated, fictional bank into a database through the SDK and tours
 * what a bank developer gets. When the tenant already holds customers, they are reused as they are
 * (nothing is loaded twice); pass another {@code --tenant} for a fresh load.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Loads a fictional sample bank through the Rapport SDK and shows counts, a customer"
          + " overview, keyset search, the audit trail and events.",
      "Idempotent: if the tenant already has customers they are reused, not loaded again;"
          + " use another --tenant for a fresh load."
    })
public final class DemoCommand implements Callable<Integer> {
  /** The default database: an H2 file in the working directory. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./rapport-demo";

  @Spec CommandSpec spec;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      defaultValue = DEFAULT_URL,
      description =
          "JDBC URL of an H2, PostgreSQL or MariaDB database (default: ${DEFAULT-VALUE}).")
  String jdbcUrl;

  @Option(
      names = "--customers",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Customers to generate, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description =
          "Seed of the generated bank; the same seed gives the same bank (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--tenant",
      paramLabel = "T",
      defaultValue = "demo-bank",
      description = "Tenant id to load into and read from (default: ${DEFAULT-VALUE}).")
  String tenant;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SampleBankSpec bankSpec;
    Caller caller;
    try {
      bankSpec = SampleBankSpec.of(seed, customers);
      caller = Caller.of(TenantId.of(tenant), Actor.system("rapport-demo"));
    } catch (CrmException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    try (DemoDatabase database = DemoDatabase.open(jdbcUrl)) {
      JdbcStorage storage = JdbcStorage.builder(database.dataSource()).build();
      ReplayClock clock = new ReplayClock();
      Crm crm = Crm.builder().storage(storage).clock(clock).build();
      out.println("Rapport demo: a fictional bank, loaded and read through the SDK");
      out.println("  database  " + database.description() + "  (storage " + storage.name() + ")");
      out.println("  tenant    " + caller.tenant() + "  actor " + caller.actor());
      EventCounter events = new EventCounter();
      Subscription subscription = crm.events().subscribe(events);
      try {
        new DemoTour(out, crm, caller, events, clock).run(bankSpec);
      } finally {
        subscription.close();
      }
      out.flush();
      return 0;
    } catch (SQLException | CrmException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("rapport demo: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
