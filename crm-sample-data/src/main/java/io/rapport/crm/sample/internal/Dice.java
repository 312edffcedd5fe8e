package io.rapport.crm.sample.internal;

import java.util.List;
import java.util.Random;

/**
 * The generator's only source of chance: a {@link Random} (whose algorithm the JDK specifies, so a
 * seed gives the same numbers on every JDK) and {@link StrictMath}, whose results are the same on
 * every platform. Not thread-safe.
 */
final class Dice {
  private final Random random;

  Dice(long seed) {
    this.random = new Random(seed);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  long between(long min, long max) {
    long span = max - min + 1;
    long value = random.nextLong() % span;
    return min + (value < 0 ? value + span : value);
  }

  /** A number from 0 (included) to 1 (excluded). */
  double unit() {
    return random.nextDouble();
  }

  /** One element, each equally likely. */
  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One element, each equally likely. */
  String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** An index into {@code weights}, each index as likely as its weight. */
  int weighted(int... weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** {@code value} (0 to 99) as two digits, e.g. "07". */
  static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /** A decimal digit as a character. */
  char digit() {
    return (char) ('0' + random.nextInt(10));
  }

  /** {@code count} random decimal digits. */
  String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(digit());
    }
    return out.toString();
  }

  /** A capital letter from {@code alphabet}. */
  char letter(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }

  /**
   * A log-normal amount: {@code median} times e to the power of a standard normal times {@code
   * spread}. Box-Muller with {@link StrictMath}, so it is the same on every platform.
   */
  double logNormal(double median, double spread) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    double normal = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    return median * StrictMath.exp(spread * normal);
  }
}
