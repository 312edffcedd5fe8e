package io.rapport.crm.examples.cli.clv;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.analytics.ValueForecast;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.examples.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rapport clv}: reads a purchase file, summarises each customer's calibration period, fits
 * BG/NBD and Gamma-Gamma, and prints the parameters and each customer's forecast over the horizon.
 *
 * <p>It streams: the file is read line by line into per-customer primitive columns ({@link
 * TransactionSummaries}, {@link SummaryFile}), the models are fitted on those, and each customer's
 * forecast is written as it is computed ({@link ClvReport}), so memory grows with the number of
 * customers and not with the number of transactions. Time is in weeks of 7 days throughout:
 * recency, age and a summary file's recency and T.
 */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fits the BG/NBD and Gamma-Gamma models to a purchase file and prints, per customer,"
          + " frequency, recency, age (weeks), expected purchases in the horizon, P(alive),"
          + " expected average value and the discounted lifetime value.",
      "Purchases after --calibration-end are ignored; same-day purchases count once.",
      "--format summary reads id,frequency,recency,T[,monetary] per customer (lifetimes'"
          + " layout) with recency and T in weeks; without monetary, only BG/NBD is fitted."
    })
public final class ClvCommand implements Callable<Integer> {
  /** The output layouts. */
  public enum Output {
    /** One JSON document (for small runs). */
    json,
    /** JSON lines: the parameters, then one customer object a line. */
    jsonl,
    /** Parameter comment lines, then CSV. */
    csv
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--transactions",
      paramLabel = "FILE",
      required = true,
      description = "The purchase file, or the per-customer summary file with --format summary.")
  Path transactions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      description =
          "cdnow (CDNOW_sample.txt), csv (customer_id,date,amount with a header) or summary"
              + " (id,frequency,recency,T[,monetary] with a header, recency and T in weeks).")
  TransactionFormat format;

  @Option(
      names = "--calibration-end",
      paramLabel = "DATE",
      description =
          "Last day of the calibration period, YYYY-MM-DD; required unless --format summary.")
  LocalDate calibrationEnd;

  @Option(
      names = "--horizon-weeks",
      paramLabel = "N",
      required = true,
      description = "Forecast horizon in weeks after the calibration end.")
  int horizonWeeks;

  @Option(
      names = "--discount-rate",
      paramLabel = "R",
      defaultValue = "0",
      description = "Annual discount rate, applied weekly (default: ${DEFAULT-VALUE}).")
  double discountRate;

  @Option(
      names = {"--output-format", "--output"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      description =
          "json (one document), jsonl (JSON lines) or csv; jsonl and csv suit large runs"
              + " (default: ${DEFAULT-VALUE}).")
  Output output;

  @Override
  public Integer call() {
    if (horizonWeeks < 0 || !(discountRate >= 0)) {
      throw new ParameterException(
          spec.commandLine(), "--horizon-weeks and --discount-rate must not be negative");
    }
    if (calibrationEnd == null && format != TransactionFormat.summary) {
      throw new ParameterException(
          spec.commandLine(), "--calibration-end is required for --format " + format);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      CustomerColumns customers =
          format == TransactionFormat.summary
              ? SummaryFile.read(transactions)
              : TransactionSummaries.read(transactions, format, calibrationEnd);
      BgNbdModel purchases = BgNbdModel.fit(customers.customers());
      GammaGammaModel value =
          customers.valued() ? GammaGammaModel.fit(customers.customers()) : null;
      ForecastCache forecasts = new ForecastCache(purchases, value, horizonWeeks, discountRate);
      if (value != null) {
        // fails here, before any output, when the value model has no finite mean (q <= 1)
        LifetimeValue.forecast(purchases, value, customers.customer(0), 0, discountRate);
      }
      ClvReport report = ClvReport.start(output, out, purchases, value);
      for (int i = 0; i < customers.size(); i++) {
        RepeatBuying customer = customers.customer(i);
        ValueForecast forecast = forecasts.forecast(customer);
        report.customer(
            customers.id(i),
            customer,
            forecast.expectedTransactions(),
            forecast.probabilityAlive(),
            forecast.expectedAverageValue(),
            forecast.clv());
      }
      report.finish();
      return 0;
    } catch (TransactionFileException | CrmException e) {
      out.flush();
      err.println("rapport clv: " + transactions.getFileName() + ": " + e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      out.flush();
      err.println("rapport clv: cannot read " + transactions + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
