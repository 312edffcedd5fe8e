package io.rapport.crm.analytics;

import io.rapport.crm.party.CustomerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The CDNOW sample (test resources {@code cdnow/}, see its README for source and licence): 6,919
 * purchases of 2,357 customers, and the published per-customer summary of the 39-week calibration
 * period.
 */
public final class Cdnow {
  /** The last day of the 39-week calibration period used in the papers. */
  public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  private Cdnow() {}

  /** The customer id the tests give CDNOW customer {@code sampleId}. */
  public static CustomerId customer(long sampleId) {
    return new CustomerId(new UUID(0L, sampleId));
  }

  /** Every purchase in CDNOW_sample.txt. */
  public static List<Purchase> purchases() {
    List<Purchase> purchases = new ArrayList<>();
    for (String line : lines("cdnow/CDNOW_sample.txt")) {
      String[] fields = line.trim().split("\\s+");
      purchases.add(
          new Purchase(
              customer(Long.parseLong(fields[1])),
              LocalDate.parse(fields[2], DateTimeFormatter.BASIC_ISO_DATE),
              new BigDecimal(fields[4])));
    }
    return purchases;
  }

  /** The rows of cdnow_summary.csv: {@code ID, x, t_x, T, zbar}. */
  public static List<double[]> publishedSummary() {
    List<String> lines = lines("cdnow/cdnow_summary.csv");
    List<double[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      double[] row = new double[fields.length];
      for (int i = 0; i < fields.length; i++) {
        row[i] = Double.parseDouble(fields[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Cdnow.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
