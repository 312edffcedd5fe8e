package io.rapport.crm.examples.cli.finance;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.FinanceCommand;
import io.rapport.crm.sdk.RecordFinancialLine;
import io.rapport.crm.sdk.RecordPurchase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three CSV files {@code rapport import} reads, each with a fixed header line. Fields are
 * separated by commas, not quoted, and trimmed; days are ISO ({@code 2025-01-31}); amounts use a
 * dot ({@code -12.50}); an empty {@code product} means a customer-level line.
 */
enum CsvKind {
  /** Revenue lines: kind NET_INTEREST_MARGIN, FEE or COMMISSION. */
  REVENUE("external_key,customer_id,product,kind,day,amount,currency", FinancialEventType.REVENUE),
  /** Cost lines: kind SERVICING, ACQUISITION or RISK_PROVISION. */
  COST("external_key,customer_id,product,kind,day,amount,currency", FinancialEventType.COST),
  /** Purchases. */
  PURCHASES("external_key,customer_id,day,amount,currency", FinancialEventType.PURCHASE);

  private final String header;
  private final FinancialEventType type;

  CsvKind(String header, FinancialEventType type) {
    this.header = header;
    this.type = type;
  }

  /** The header line the file must start with. */
  String header() {
    return header;
  }

  /** Whether {@code line} is this kind's header (case and blanks around fields ignored). */
  boolean isHeader(String line) {
    List<String> fields =
        Arrays.stream(line.split(",", -1)).map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    return fields.equals(Arrays.asList(header.split(",")));
  }

  /**
   * The command of one data line.
   *
   * @throws IllegalArgumentException naming the column and the rule, never the value
   */
  FinanceCommand parse(String line) {
    String[] fields = line.split(",", -1);
    int expected = header.split(",").length;
    if (fields.length != expected) {
      throw new IllegalArgumentException(
          "expected " + expected + " fields but found " + fields.length);
    }
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].strip();
    }
    if (this == PURCHASES) {
      return new RecordPurchase(
          fields[0], customer(fields[1]), day(fields[2]), amount(fields[3]), fields[4]);
    }
    return new RecordFinancialLine(
        fields[0],
        customer(fields[1]),
        product(fields[2]),
        kind(fields[3]),
        day(fields[4]),
        amount(fields[5]),
        fields[6]);
  }

  private static CustomerId customer(String text) {
    try {
      return CustomerId.of(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("customer_id: must be a customer id (UUID)", e);
    }
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("day: must be an ISO date such as 2025-01-31", e);
    }
  }

  private static BigDecimal amount(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount: must be a decimal number such as 12.50", e);
    }
  }

  private static ProductType product(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return ProductType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "product: must be empty or one of " + names(ProductType.values()), e);
    }
  }

  private LineKind kind(String text) {
    List<LineKind> allowed =
        Arrays.stream(LineKind.values()).filter(k -> k.type() == type).toList();
    for (LineKind kind : allowed) {
      if (kind.name().equalsIgnoreCase(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "kind: must be one of " + names(allowed.toArray(new LineKind[0])));
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }
}
