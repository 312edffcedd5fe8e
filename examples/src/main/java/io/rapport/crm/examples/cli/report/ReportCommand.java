package io.rapport.crm.examples.cli.report;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.examples.cli.VersionProvider;
import io.rapport.crm.examples.cli.demo.DemoCommand;
import io.rapport.crm.examples.cli.demo.DemoDatabase;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rapport report profitability|churn|rfm|kpis}: prints an analytics report over a Rapport
 * database (by default the demo's H2 file and tenant) through {@code crm.analytics()}. Amounts in
 * other currencies are converted with the {@code --rate} factors given; a currency without one
 * stops the report (exit code 1) instead of being added silently.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints an analytics report over a Rapport database: profitability, churn, rfm or kpis.",
      "Periods are the twelve months ending on --as-of."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "REPORT",
      description = "profitability, churn, rfm or kpis.")
  String report;

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
      description = "Tenant to report on (default: ${DEFAULT-VALUE}, the demo's).")
  String tenant;

  @Option(
      names = "--currency",
      paramLabel = "CCY",
      defaultValue = "EUR",
      description = "Reporting currency (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Last day of the report, YYYY-MM-DD (default: today, UTC).")
  LocalDate asOf;

  @Option(
      names = "--rate",
      paramLabel = "CCY=FACTOR",
      description =
          "Exchange rate into the reporting currency, e.g. USD=0.92; repeatable."
              + " Without one, amounts in that currency stop the report.")
  Map<String, BigDecimal> rates = new HashMap<>();

  @Option(
      names = "--campaign",
      paramLabel = "ID",
      description = "A campaign whose costs count as acquisition costs (kpis); repeatable.")
  List<String> campaigns = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportKind kind;
    Currency reportCurrency;
    try {
      kind = ReportKind.valueOf(report.toUpperCase(Locale.ROOT));
      reportCurrency = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println(
          "rapport report: REPORT must be profitability, churn, rfm or kpis,"
              + " and --currency an ISO 4217 code");
      return 2;
    }
    LocalDate day = asOf == null ? LocalDate.now(Clock.systemUTC()) : asOf;
    try (DemoDatabase database = DemoDatabase.open(jdbcUrl)) {
      Crm crm = Crm.builder().storage(JdbcStorage.builder(database.dataSource()).build()).build();
      Caller caller = Caller.of(TenantId.of(tenant), Actor.system("rapport-report"));
      out.println(
          "rapport report "
              + kind.name().toLowerCase(Locale.ROOT)
              + ": "
              + database.description()
              + ", tenant "
              + caller.tenant()
              + ", as of "
              + day
              + ", in "
              + reportCurrency.getCurrencyCode());
      Reports reports = new Reports(out, crm, caller, reportCurrency, exchangeRates(), day);
      reports.print(kind, campaigns);
      out.flush();
      return 0;
    } catch (SQLException | CrmException e) {
      err.println("rapport report: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private ExchangeRates exchangeRates() {
    Map<String, BigDecimal> factors = new HashMap<>();
    rates.forEach((code, factor) -> factors.put(code.toUpperCase(Locale.ROOT), factor));
    return (from, to, date) ->
        to.getCurrencyCode().equalsIgnoreCase(currency)
            ? Optional.ofNullable(factors.get(from.getCurrencyCode()))
            : Optional.empty();
  }
}
