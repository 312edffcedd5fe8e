package io.rapport.crm.examples.cli.clv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point text of a double, as {@code String.format(Locale.ROOT, "%.Nf", value)} writes it (the
 * shortest decimal of the double, rounded half up), without the cost of a {@code Formatter} per
 * number.
 */
final class Decimals {
  private Decimals() {}

  static String fixed(double value, int places) {
    if (!Double.isFinite(value)) {
      return String.format(Locale.ROOT, "%." + places + "f", value);
    }
    String text = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    return Math.copySign(1.0, value) < 0 && !text.startsWith("-") ? "-" + text : text;
  }
}
