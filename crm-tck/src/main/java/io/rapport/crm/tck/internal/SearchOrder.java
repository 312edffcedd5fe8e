package io.rapport.crm.tck.internal;

import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order {@link CustomerQuery} defines, written out independently of any adapter: sort key of
 * the display name, then the id's canonical text, both compared by code point.
 */
public final class SearchOrder {
  /** Customers in search order. */
  public static final Comparator<Customer> CUSTOMERS =
      Comparator.<Customer, String>comparing(
              customer -> CustomerQuery.sortKey(customer.displayName()), SearchOrder::byCodePoint)
          .thenComparing(customer -> customer.id().toString(), SearchOrder::byCodePoint);

  private SearchOrder() {}

  /** Compares by Unicode code point, unlike {@link String#compareTo} (UTF-16 units). */
  public static int byCodePoint(String left, String right) {
    return Arrays.compare(left.codePoints().toArray(), right.codePoints().toArray());
  }
}
