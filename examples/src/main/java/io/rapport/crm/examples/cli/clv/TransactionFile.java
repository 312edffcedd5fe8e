package io.rapport.crm.examples.cli.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads a transaction file ({@code cdnow} or {@code csv}) line by line and hands each row to a
 * {@link RowHandler}; nothing is kept. The first bad row stops the read with a {@link
 * TransactionFileException} naming its line.
 */
final class TransactionFile {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private TransactionFile() {}

  /** Receives one row: the file's customer id, the day as an epoch day, the amount. */
  @FunctionalInterface
  interface RowHandler {
    void row(String id, int epochDay, double amount);
  }

  static void forEachRow(Path file, TransactionFormat format, RowHandler handler)
      throws IOException {
    if (format == TransactionFormat.summary) {
      throw new IllegalArgumentException("a summary file has no transactions");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || (format == TransactionFormat.csv && line == 1)) {
          continue;
        }
        if (format == TransactionFormat.cdnow) {
          cdnow(line, text, handler);
        } else {
          csv(line, text, handler);
        }
      }
    }
  }

  private static void cdnow(long line, String text, RowHandler handler) {
    String[] fields = WHITESPACE.split(text.trim());
    if (fields.length != 5) {
      throw new TransactionFileException(
          line, "expected 5 whitespace-separated fields but found " + fields.length);
    }
    String id;
    try {
      id = Long.toString(Long.parseLong(fields[1]));
    } catch (NumberFormatException e) {
      throw new TransactionFileException(line, "customer id is not a number: '" + fields[1] + "'");
    }
    handler.row(id, epochDay(line, fields[2], true), amount(line, fields[4]));
  }

  private static void csv(long line, String text, RowHandler handler) {
    int first = text.indexOf(',');
    int second = first < 0 ? -1 : text.indexOf(',', first + 1);
    if (second < 0 || text.indexOf(',', second + 1) >= 0) {
      throw new TransactionFileException(
          line,
          "expected 3 comma-separated fields (customer_id,date,amount) but found "
              + text.split(",", -1).length);
    }
    String id = text.substring(0, first).trim();
    if (id.isEmpty()) {
      throw new TransactionFileException(line, "customer_id is empty");
    }
    handler.row(
        id,
        epochDay(line, text.substring(first + 1, second).trim(), false),
        amount(line, text.substring(second + 1).trim()));
  }

  private static double amount(long line, String value) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new TransactionFileException(line, "amount is not a number: '" + value + "'");
    }
    if (amount.signum() < 0) {
      throw new TransactionFileException(line, "amount must not be negative: " + value);
    }
    return amount.doubleValue();
  }

  /** A strict {@code yyyyMMdd} (compact) or {@code yyyy-MM-dd} date as an epoch day. */
  private static int epochDay(long line, String value, boolean compact) {
    int length = compact ? 8 : 10;
    boolean shaped =
        value.length() == length && (compact || (value.charAt(4) == '-' && value.charAt(7) == '-'));
    if (shaped) {
      int year = digits(value, 0, 4);
      int month = digits(value, compact ? 4 : 5, 2);
      int day = digits(value, compact ? 6 : 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay());
        } catch (DateTimeException e) {
          // falls through to the message below
        }
      }
    }
    String pattern = compact ? "yyyyMMdd" : "yyyy-MM-dd";
    throw new TransactionFileException(line, "date is not " + pattern + ": '" + value + "'");
  }

  /**
   * The decimal number in {@code value[start, start + count)}, or -1 if a character is no digit.
   */
  private static int digits(String value, int start, int count) {
    int number = 0;
    for (int i = start; i < start + count; i++) {
      char digit = value.charAt(i);
      if (digit < '0' || digit > '9') {
        return -1;
      }
      number = number * 10 + (digit - '0');
    }
    return number;
  }
}
