package io.rapport.crm.examples.cli.finance;

import java.util.Map;

/** Names the CSV column of an SDK field path, so rejections point at the file's own columns. */
final class Columns {
  private static final Map<String, String> BY_FIELD =
      Map.of(
          "externalKey", "external_key",
          "customer", "customer_id",
          "product", "product",
          "kind", "kind",
          "day", "day",
          "amount", "amount",
          "currency", "currency");

  private Columns() {}

  static String of(String path) {
    return BY_FIELD.getOrDefault(path, path.isEmpty() ? "row" : path);
  }
}
