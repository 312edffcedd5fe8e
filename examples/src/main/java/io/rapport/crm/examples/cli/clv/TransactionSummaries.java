package io.rapport.crm.examples.cli.clv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a transaction file into {@link CustomerColumns} in one streaming pass, keeping per
 * customer only the first and last purchase day, the number of purchase days, the total and the
 * first day's value — memory grows with the customers, not the transactions. Rows after the
 * calibration end are checked and skipped; same-day purchases form one purchase day, as in {@code
 * io.rapport.crm.analytics.PurchaseSummaries}.
 *
 * <p>Rows need not be grouped by customer. A customer whose rows go back in time is marked and
 * summarised exactly in a second pass that keeps the purchase days of the marked customers only; a
 * file in date order per customer is read once.
 */
final class TransactionSummaries {
  private final int endDay;
  private final IdIndex ids = new IdIndex();
  private final BitSet unordered = new BitSet();
  private int size;
  private int[] firstDay = new int[1024];
  private int[] lastDay = new int[1024];
  private int[] purchaseDays = new int[1024];
  private double[] total = new double[1024];
  private double[] firstDayValue = new double[1024];

  private TransactionSummaries(LocalDate calibrationEnd) {
    this.endDay = Math.toIntExact(calibrationEnd.toEpochDay());
  }

  /** Reads {@code file} and summarises each customer with a purchase on or before the end. */
  static CustomerColumns read(Path file, TransactionFormat format, LocalDate calibrationEnd)
      throws IOException {
    TransactionSummaries summaries = new TransactionSummaries(calibrationEnd);
    TransactionFile.forEachRow(file, format, summaries::add);
    if (!summaries.unordered.isEmpty()) {
      summaries.resummariseUnordered(file, format);
    }
    return summaries.columns();
  }

  private void add(String id, int day, double amount) {
    if (day > endDay) {
      return;
    }
    int index = ids.indexOf(id);
    if (index == size) {
      start(index, day, amount);
    } else if (day > lastDay[index]) {
      lastDay[index] = day;
      purchaseDays[index]++;
      total[index] += amount;
    } else if (day == lastDay[index]) {
      total[index] += amount;
      if (day == firstDay[index]) {
        firstDayValue[index] += amount;
      }
    } else {
      unordered.set(index);
    }
  }

  private void start(int index, int day, double amount) {
    if (size == firstDay.length) {
      int capacity = size * 2;
      firstDay = Arrays.copyOf(firstDay, capacity);
      lastDay = Arrays.copyOf(lastDay, capacity);
      purchaseDays = Arrays.copyOf(purchaseDays, capacity);
      total = Arrays.copyOf(total, capacity);
      firstDayValue = Arrays.copyOf(firstDayValue, capacity);
    }
    firstDay[index] = day;
    lastDay[index] = day;
    purchaseDays[index] = 1;
    total[index] = amount;
    firstDayValue[index] = amount;
    size++;
  }

  private void resummariseUnordered(Path file, TransactionFormat format) throws IOException {
    Map<Integer, TreeMap<Integer, Double>> days = new HashMap<>();
    TransactionFile.forEachRow(
        file,
        format,
        (id, day, amount) -> {
          if (day <= endDay) {
            int index = ids.indexOf(id);
            if (unordered.get(index)) {
              days.computeIfAbsent(index, key -> new TreeMap<>()).merge(day, amount, Double::sum);
            }
          }
        });
    days.forEach(
        (index, values) -> {
          firstDay[index] = values.firstKey();
          lastDay[index] = values.lastKey();
          purchaseDays[index] = values.size();
          total[index] = values.values().stream().mapToDouble(Double::doubleValue).sum();
          firstDayValue[index] = values.firstEntry().getValue();
        });
  }

  private CustomerColumns columns() {
    int[] frequency = new int[size];
    double[] recency = new double[size];
    double[] age = new double[size];
    double[] meanValue = new double[size];
    for (int i = 0; i < size; i++) {
      frequency[i] = purchaseDays[i] - 1;
      recency[i] = (lastDay[i] - firstDay[i]) / 7.0;
      age[i] = (endDay - firstDay[i]) / 7.0;
      meanValue[i] =
          frequency[i] == 0 ? 0 : Math.max(0, total[i] - firstDayValue[i]) / frequency[i];
    }
    return new CustomerColumns(ids, frequency, recency, age, meanValue, true);
  }
}
