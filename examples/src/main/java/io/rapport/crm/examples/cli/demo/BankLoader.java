package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.ImportResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads a generated bank through {@link io.rapport.crm.sdk.Imports}: customers first, then what
 * refers to them. Each record type is one unit of work, with one audit entry and one event per
 * record.
 */
final class BankLoader {
  private BankLoader() {}

  /** How long one record type took to import. */
  record Step(String recordType, int records, Duration took) {}

  /** Imports the bank and returns the steps in order. */
  static List<Step> load(Crm crm, Caller caller, SampleBank bank) {
    return List.of(
        timed(() -> crm.imports().customers(caller, bank.customers())),
        timed(() -> crm.imports().relationships(caller, bank.relationships())),
        timed(() -> crm.imports().households(caller, bank.households())),
        timed(() -> crm.imports().holdings(caller, bank.holdings())));
  }

  private static Step timed(Supplier<ImportResult> importer) {
    long start = System.nanoTime();
    ImportResult result = importer.get();
    return new Step(
        result.recordType(), result.imported(), Duration.ofNanos(System.nanoTime() - start));
  }
}
