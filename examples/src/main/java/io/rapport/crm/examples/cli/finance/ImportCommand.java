package io.rapport.crm.examples.cli.finance;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.examples.cli.VersionProvider;
import io.rapport.crm.examples.cli.demo.DemoCommand;
import io.rapport.crm.examples.cli.demo.DemoDatabase;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.Finance;
import io.rapport.crm.sdk.FinanceCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rapport import}: imports revenue lines, cost lines or purchases from a CSV file through
 * {@link Finance#importEvents}, batch by batch, with a progress bar on standard error and, at the
 * end, the counts and every rejected or conflicting row with its line number and reasons. Bad rows
 * never stop the good ones and are never stored in part; re-running a file imports nothing new.
 * Exit code 0 when every row is stored (now or before), 1 when some were rejected or conflicting, 2
 * for a missing file or a wrong header.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Imports revenue lines, cost lines or purchases from a CSV file (idempotent by external_key).",
      "Headers: revenue and cost: external_key,customer_id,product,kind,day,amount,currency;"
          + " purchases: external_key,customer_id,day,amount,currency."
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "revenue, cost or purchases.")
  String kind;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The CSV file.")
  Path file;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      defaultValue = DemoCommand.DEFAULT_URL,
      description =
          "JDBC URL of an H2, PostgreSQL or MariaDB database (default: ${DEFAULT-VALUE}).")
  String jdbcUrl;

  @Option(
      names = "--tenant",
      paramLabel = "T",
      defaultValue = "demo-bank",
      description = "Tenant to import into (default: ${DEFAULT-VALUE}, the demo's).")
  String tenant;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CsvKind format;
    try {
      format = CsvKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("rapport import: --kind must be revenue, cost or purchases");
      return 2;
    }
    if (!Files.isReadable(file)) {
      err.println("rapport import: cannot read " + file);
      return 2;
    }
    try (DemoDatabase database = DemoDatabase.open(jdbcUrl)) {
      Crm crm = Crm.builder().storage(JdbcStorage.builder(database.dataSource()).build()).build();
      Caller caller = Caller.of(TenantId.of(tenant), Actor.system("rapport-import"));
      ImportReport report = new ImportReport();
      Integer headerProblem = importFile(crm, caller, format, report, err);
      if (headerProblem != null) {
        return headerProblem;
      }
      out.println(
          "rapport import: "
              + format.name().toLowerCase(Locale.ROOT)
              + " from "
              + file
              + " into "
              + database.description()
              + ", tenant "
              + caller.tenant());
      report.print(out);
      out.flush();
      return report.clean() ? 0 : 1;
    } catch (IOException | SQLException | CrmException e) {
      err.println("rapport import: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** Imports the file; returns an exit code when the header is wrong, else null. */
  private Integer importFile(
      Crm crm, Caller caller, CsvKind format, ImportReport report, PrintWriter err)
      throws IOException {
    long dataLines;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      dataLines = Math.max(0, lines.filter(line -> !line.isBlank()).count() - 1);
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null || !format.isHeader(header.replace("\uFEFF", ""))) {
        err.println("rapport import: the first line must be the header " + format.header());
        return 2;
      }
      ProgressBar progress = new ProgressBar(err, dataLines, System.console() != null);
      List<FinanceCommand> batch = new ArrayList<>();
      List<Long> batchLines = new ArrayList<>();
      long lineNumber = 1;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          batch.add(format.parse(line));
          batchLines.add(lineNumber);
        } catch (IllegalArgumentException e) {
          report.unreadable(lineNumber, e.getMessage());
        }
        if (batch.size() == Finance.BATCH_ROWS) {
          report.add(crm.finance().importEvents(caller, batch), batchLines);
          batch.clear();
          batchLines.clear();
          progress.update(report.rows());
        }
      }
      if (!batch.isEmpty()) {
        report.add(crm.finance().importEvents(caller, batch), batchLines);
      }
      progress.update(report.rows());
      progress.finish();
    }
    return null;
  }
}
