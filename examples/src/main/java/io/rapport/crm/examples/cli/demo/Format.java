package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.Money;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Number, money, duration and heading formats of the demo's report. */
final class Format {
  private Format() {}

  /** {@code 12,345}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code 80.1 %}. */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  /** {@code -307,394.51 GBP}. */
  static String money(Money money) {
    return String.format(
        Locale.ROOT, "%,.2f %s", money.amount(), money.currency().getCurrencyCode());
  }

  /** {@code 842 ms} or {@code 3.4 s}. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis < 10_000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** Records per second over {@code duration}. */
  static String rate(long records, Duration duration) {
    long nanos = Math.max(1, duration.toNanos());
    return count(Math.round(records * 1_000_000_000.0 / nanos)) + "/s";
  }

  /** A section heading. */
  static void heading(PrintWriter out, String title) {
    out.println();
    out.println("== " + title);
  }
}
