package io.rapport.crm.examples.cli.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a per-customer summary file, {@code id,frequency,recency,T[,monetary]} with a header row
 * (the layout of the lifetimes package's {@code summary_data_from_transaction_data}): frequency the
 * repeat purchase days (an integer, {@code 2.0} accepted), recency and T in weeks, monetary the
 * mean value of the repeat purchases. The header decides whether monetary is present. The first bad
 * row stops the read with a {@link TransactionFileException} naming its line.
 */
final class SummaryFile {
  private SummaryFile() {}

  static CustomerColumns read(Path file) throws IOException {
    IdIndex ids = new IdIndex();
    int[] frequency = new int[1024];
    double[] recency = new double[1024];
    double[] age = new double[1024];
    double[] value = new double[1024];
    int columns = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (line == 1) {
          columns = text.split(",", -1).length;
          if (columns != 4 && columns != 5) {
            throw new TransactionFileException(
                line, "expected the header id,frequency,recency,T[,monetary]");
          }
          continue;
        }
        if (text.isBlank()) {
          continue;
        }
        String[] fields = text.split(",", -1);
        if (fields.length != columns) {
          throw new TransactionFileException(
              line, "expected " + columns + " comma-separated fields but found " + fields.length);
        }
        String id = fields[0].trim();
        if (id.isEmpty()) {
          throw new TransactionFileException(line, "id is empty");
        }
        int index = ids.indexOf(id);
        if (index < ids.size() - 1) {
          throw new TransactionFileException(line, "id appears on an earlier line");
        }
        if (index == frequency.length) {
          frequency = Arrays.copyOf(frequency, index * 2);
          recency = Arrays.copyOf(recency, index * 2);
          age = Arrays.copyOf(age, index * 2);
          value = Arrays.copyOf(value, index * 2);
        }
        double repeats = number(line, "frequency", fields[1]);
        if (repeats != Math.rint(repeats) || repeats > Integer.MAX_VALUE) {
          throw new TransactionFileException(line, "frequency is not a whole number");
        }
        frequency[index] = (int) repeats;
        recency[index] = number(line, "recency", fields[2]);
        age[index] = number(line, "T", fields[3]);
        value[index] = columns == 5 ? number(line, "monetary", fields[4]) : 0;
        if (age[index] < recency[index]) {
          throw new TransactionFileException(line, "T must not be less than recency");
        }
        if (frequency[index] == 0 && recency[index] != 0) {
          throw new TransactionFileException(line, "recency must be 0 when frequency is 0");
        }
      }
    }
    return new CustomerColumns(ids, frequency, recency, age, value, columns == 5);
  }

  /** A finite, non-negative number. */
  private static double number(long line, String field, String text) {
    double number;
    try {
      number = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new TransactionFileException(line, field + " is not a number: '" + text + "'");
    }
    if (!Double.isFinite(number) || number < 0) {
      throw new TransactionFileException(line, field + " must be finite and not negative");
    }
    return number;
  }
}
