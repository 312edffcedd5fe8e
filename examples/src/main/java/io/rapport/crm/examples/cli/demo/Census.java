package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of a tenant's customers by kind, status and tag, read by keyset paging through every
 * customer, 1,000 at a time.
 */
record Census(
    long total,
    Map<PartyKind, Long> byKind,
    Map<CustomerStatus, Long> byStatus,
    Map<String, Long> byTag) {

  private static final int PAGE_SIZE = 1_000;

  /** Reads every customer of the caller's tenant once. */
  static Census take(Crm crm, Caller caller) {
    Map<PartyKind, Long> byKind = new EnumMap<>(PartyKind.class);
    Map<CustomerStatus, Long> byStatus = new EnumMap<>(CustomerStatus.class);
    Map<String, Long> byTag = new TreeMap<>();
    long total = 0;
    PageRequest request = PageRequest.first(PAGE_SIZE);
    while (request != null) {
      Page<Customer> page = crm.customers().search(caller, CustomerQuery.all(), request);
      for (Customer customer : page.items()) {
        total++;
        byKind.merge(customer.kind(), 1L, Long::sum);
        byStatus.merge(customer.status(), 1L, Long::sum);
        customer.tags().forEach(tag -> byTag.merge(tag, 1L, Long::sum));
      }
      request = page.nextCursor().map(request::next).orElse(null);
    }
    return new Census(total, byKind, byStatus, byTag);
  }
}
