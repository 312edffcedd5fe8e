package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.access.RecordFacts;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.Customer;
import java.util.function.Predicate;

/** A {@link RecordFilter} as a predicate over stored customers, applied in the query loops. */
final class AccessFilters {
  private AccessFilters() {}

  static Predicate<Customer> of(RecordFilter filter) {
    Checks.notNull(filter, "filter");
    if (filter.isUnrestricted()) {
      return customer -> true;
    }
    return customer ->
        filter.matches(RecordFacts.of(customer.owner(), customer.branch(), customer.tags()));
  }
}
