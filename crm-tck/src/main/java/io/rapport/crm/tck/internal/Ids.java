package io.rapport.crm.tck.internal;

import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.UUID;

/**
 * Ids whose canonical text order differs from {@link UUID#compareTo} (which compares signed longs):
 * ports order by the lower-case text, compared by code point.
 */
public final class Ids {
  /** In canonical text order; {@code UUID.compareTo} would put the last two first. */
  public static final List<String> IN_TEXT_ORDER =
      List.of(
          "00000000-0000-7000-8000-000000000001",
          "0fffffff-ffff-7fff-bfff-ffffffffffff",
          "7fffffff-ffff-7fff-8000-000000000000",
          "80000000-0000-7000-8000-000000000000",
          "ffffffff-ffff-7fff-bfff-fffffffffffe");

  private Ids() {}

  /** The customer ids of {@link #IN_TEXT_ORDER}, in text order. */
  public static List<CustomerId> customerIdsInTextOrder() {
    return IN_TEXT_ORDER.stream().map(CustomerId::of).toList();
  }
}
