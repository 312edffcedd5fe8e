package io.rapport.crm.examples.cli.clv;

import io.rapport.crm.analytics.Purchase;
import io.rapport.crm.party.CustomerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The purchases of a transaction file, with the file's own customer ids. Each file id gets a
 * name-based (MD5) UUID as its {@link CustomerId}; {@link #fileId} maps it back. The first bad row
 * stops the read with a {@link TransactionFileException} naming its line.
 */
final class TransactionFile {
  private final List<Purchase> purchases = new ArrayList<>();
  private final Map<CustomerId, String> fileIds = new HashMap<>();

  private TransactionFile() {}

  static TransactionFile read(Path file, TransactionFormat format) throws IOException {
    TransactionFile result = new TransactionFile();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || (format == TransactionFormat.csv && line == 1)) {
          continue;
        }
        result.add(line, format == TransactionFormat.cdnow ? cdnow(line, text) : csv(line, text));
      }
    }
    return result;
  }

  List<Purchase> purchases() {
    return purchases;
  }

  String fileId(CustomerId customer) {
    return fileIds.get(customer);
  }

  /** One row's raw fields: the file's customer id, the date text and its pattern, the amount. */
  private record Row(String id, String date, String datePattern, String amount) {}

  private void add(long line, Row row) {
    String id = row.id();
    CustomerId customer =
        new CustomerId(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)));
    fileIds.putIfAbsent(customer, id);
    LocalDate day = date(line, row.date(), row.datePattern());
    BigDecimal amount;
    try {
      amount = new BigDecimal(row.amount());
    } catch (NumberFormatException e) {
      throw new TransactionFileException(line, "amount is not a number: '" + row.amount() + "'");
    }
    if (amount.signum() < 0) {
      throw new TransactionFileException(line, "amount must not be negative: " + row.amount());
    }
    purchases.add(new Purchase(customer, day, amount));
  }

  private static Row cdnow(long line, String text) {
    String[] fields = text.trim().split("\\s+");
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
    return new Row(id, fields[2], "yyyyMMdd", fields[4]);
  }

  private static Row csv(long line, String text) {
    String[] fields = text.split(",", -1);
    if (fields.length != 3) {
      throw new TransactionFileException(
          line,
          "expected 3 comma-separated fields (customer_id,date,amount) but found " + fields.length);
    }
    if (fields[0].isBlank()) {
      throw new TransactionFileException(line, "customer_id is empty");
    }
    return new Row(fields[0].trim(), fields[1].trim(), "yyyy-MM-dd", fields[2].trim());
  }

  private static LocalDate date(long line, String value, String pattern) {
    try {
      DateTimeFormatter formatter =
          DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"))
              .withResolverStyle(ResolverStyle.STRICT);
      return LocalDate.parse(value, formatter);
    } catch (DateTimeParseException e) {
      throw new TransactionFileException(line, "date is not " + pattern + ": '" + value + "'");
    }
  }
}
