package io.rapport.crm.benchmarks;

import io.rapport.crm.analytics.PurchaseSummary;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The per-customer inputs of the BG/NBD and Gamma-Gamma fits, in primitive columns (28 bytes per
 * customer): frequency x, recency t_x and age T in weeks, and the mean repeat value. Filled from
 * the summary stream one summary at a time, so only these columns grow, with the number of
 * customers.
 */
final class SummaryColumns implements Consumer<PurchaseSummary> {
  private int size;
  private int[] frequency = new int[1024];
  private double[] recencyWeeks = new double[1024];
  private double[] ageWeeks = new double[1024];
  private double[] meanRepeatValue = new double[1024];
  private long purchaseDays;

  @Override
  public void accept(PurchaseSummary summary) {
    if (size == frequency.length) {
      int capacity = size * 2;
      frequency = Arrays.copyOf(frequency, capacity);
      recencyWeeks = Arrays.copyOf(recencyWeeks, capacity);
      ageWeeks = Arrays.copyOf(ageWeeks, capacity);
      meanRepeatValue = Arrays.copyOf(meanRepeatValue, capacity);
    }
    frequency[size] = summary.frequency();
    recencyWeeks[size] = summary.recencyWeeks();
    ageWeeks[size] = summary.ageWeeks();
    meanRepeatValue[size] = summary.meanRepeatValue().doubleValue();
    purchaseDays += summary.purchaseDays();
    size++;
  }

  int size() {
    return size;
  }

  long purchaseDays() {
    return purchaseDays;
  }

  int[] frequency() {
    return Arrays.copyOf(frequency, size);
  }

  double[] recencyWeeks() {
    return Arrays.copyOf(recencyWeeks, size);
  }

  double[] ageWeeks() {
    return Arrays.copyOf(ageWeeks, size);
  }

  double[] meanRepeatValue() {
    return Arrays.copyOf(meanRepeatValue, size);
  }

  /** Customers with at least one repeat purchase (the Gamma-Gamma sample). */
  long repeatCustomers() {
    long count = 0;
    for (int i = 0; i < size; i++) {
      if (frequency[i] > 0) {
        count++;
      }
    }
    return count;
  }
}
