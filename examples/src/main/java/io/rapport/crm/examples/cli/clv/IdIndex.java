package io.rapport.crm.examples.cli.clv;

import java.util.Arrays;

/**
 * The customer ids of a file, numbered 0, 1, 2, … in first-seen order: an open-addressing hash
 * table of {@code int} slots over one array of ids, so each customer costs its id string and about
 * 12 bytes, not a map entry with boxed values.
 */
final class IdIndex {
  private String[] ids = new String[1024];
  private int[] slots = new int[2048];
  private int size;

  /** The number of distinct ids. */
  int size() {
    return size;
  }

  /** The id numbered {@code index}. */
  String id(int index) {
    return ids[index];
  }

  /** The number of {@code id}, giving it the next number when it is new. */
  int indexOf(String id) {
    int mask = slots.length - 1;
    int slot = spread(id.hashCode()) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return add(id, slot);
      }
      if (ids[entry - 1].equals(id)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int add(String id, int slot) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size] = id;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int index = 0; index < size; index++) {
      int slot = spread(ids[index].hashCode()) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = index + 1;
    }
    slots = bigger;
  }

  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
