package io.rapport.crm.examples.cli.clv;

import io.rapport.crm.analytics.BgNbdModel;
import io.rapport.crm.analytics.GammaGammaModel;
import io.rapport.crm.analytics.LifetimeValue;
import io.rapport.crm.analytics.PurchaseSummaries;
import io.rapport.crm.analytics.PurchaseSummary;
import io.rapport.crm.analytics.RepeatBuying;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.examples.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rapport clv}: reads a purchase file, summarises each customer's calibration period, fits
 * BG/NBD and Gamma-Gamma, and prints the parameters and each customer's forecast over the horizon.
 */
@Command(
    name = "clv",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Fits the BG/NBD and Gamma-Gamma models to a purchase file and prints, per customer,"
          + " frequency, recency, age (weeks), expected purchases in the horizon, P(alive),"
          + " expected average value and the discounted lifetime value.",
      "Purchases after --calibration-end are ignored; same-day purchases count once."
    })
public final class ClvCommand implements Callable<Integer> {
  /** The JSON or CSV output. */
  public enum Output {
    /** One JSON document. */
    json,
    /** Parameter comment lines, then CSV. */
    csv
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--transactions",
      paramLabel = "FILE",
      required = true,
      description = "The purchase file.")
  Path transactions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      description = "cdnow (CDNOW_sample.txt) or csv (customer_id,date,amount with a header).")
  TransactionFormat format;

  @Option(
      names = "--calibration-end",
      paramLabel = "DATE",
      required = true,
      description = "Last day of the calibration period, YYYY-MM-DD.")
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
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json or csv (default: ${DEFAULT-VALUE}).")
  Output output;

  @Override
  public Integer call() {
    if (horizonWeeks < 0 || !(discountRate >= 0)) {
      throw new ParameterException(
          spec.commandLine(), "--horizon-weeks and --discount-rate must not be negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      TransactionFile file = TransactionFile.read(transactions, format);
      List<PurchaseSummary> summaries =
          PurchaseSummaries.summarise(file.purchases(), calibrationEnd);
      List<RepeatBuying> customers = summaries.stream().map(RepeatBuying::of).toList();
      BgNbdModel purchases = BgNbdModel.fit(customers);
      GammaGammaModel value = GammaGammaModel.fit(customers);
      List<ClvReport.Line> lines = new ArrayList<>(summaries.size());
      for (int i = 0; i < summaries.size(); i++) {
        RepeatBuying customer = customers.get(i);
        lines.add(
            new ClvReport.Line(
                file.fileId(summaries.get(i).customer()),
                customer.frequency(),
                customer.recencyWeeks(),
                customer.ageWeeks(),
                LifetimeValue.forecast(purchases, value, customer, horizonWeeks, discountRate)));
      }
      ClvReport report = new ClvReport(purchases, value, lines);
      if (output == Output.json) {
        report.writeJson(out);
      } else {
        report.writeCsv(out);
      }
      out.flush();
      return 0;
    } catch (TransactionFileException | CrmException e) {
      err.println("rapport clv: " + transactions.getFileName() + ": " + e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("rapport clv: cannot read " + transactions + ": " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
