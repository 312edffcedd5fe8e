package io.rapport.crm.examples.cli.clv;

import io.rapport.crm.analytics.RepeatBuying;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every customer's repeat-buying statistics in primitive columns, numbered in file order: {@code
 * x}, {@code t_x} and {@code T} in weeks and the mean repeat value {@code z̄} (28 bytes a customer
 * besides the id). {@link #customers()} shows them to the fitters as a list without copying.
 */
final class CustomerColumns {
  private final IdIndex ids;
  private final int[] frequency;
  private final double[] recencyWeeks;
  private final double[] ageWeeks;
  private final double[] meanRepeatValue;
  private final boolean valued;

  /**
   * The columns, each at least {@code ids.size()} long; {@code valued} is false when the input had
   * no monetary values (the mean repeat values are then all zero).
   */
  CustomerColumns(
      IdIndex ids,
      int[] frequency,
      double[] recencyWeeks,
      double[] ageWeeks,
      double[] meanRepeatValue,
      boolean valued) {
    this.ids = ids;
    this.frequency = frequency;
    this.recencyWeeks = recencyWeeks;
    this.ageWeeks = ageWeeks;
    this.meanRepeatValue = meanRepeatValue;
    this.valued = valued;
  }

  int size() {
    return ids.size();
  }

  String id(int index) {
    return ids.id(index);
  }

  /** Whether the input carried monetary values, so that Gamma-Gamma and the CLV can be fitted. */
  boolean valued() {
    return valued;
  }

  /** Customer {@code index}'s statistics, made on demand. */
  RepeatBuying customer(int index) {
    return new RepeatBuying(
        frequency[index], recencyWeeks[index], ageWeeks[index], meanRepeatValue[index]);
  }

  /** A read-only list view of every customer, each element made on demand. */
  List<RepeatBuying> customers() {
    return new View();
  }

  private final class View extends AbstractList<RepeatBuying> implements RandomAccess {
    @Override
    public RepeatBuying get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException(index);
      }
      return customer(index);
    }

    @Override
    public int size() {
      return CustomerColumns.this.size();
    }
  }
}
