package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.io.PrintWriter;

/**
 * Shows keyset paging: the first page of a search by name prefix and tag, then the page after its
 * cursor.
 */
final class SearchPrinter {
  static final int PAGE_SIZE = 10;

  private SearchPrinter() {}

  /** Runs the search and prints up to two pages. */
  static void print(PrintWriter out, Crm crm, Caller caller, String prefix, String tag) {
    CustomerQuery query = CustomerQuery.nameStartsWith(prefix).withTag(tag);
    out.println(
        "  crm.customers().search(caller, CustomerQuery.nameStartsWith(\""
            + prefix
            + "\").withTag(\""
            + tag
            + "\"), PageRequest.first("
            + PAGE_SIZE
            + "))");
    Page<Customer> first = crm.customers().search(caller, query, PageRequest.first(PAGE_SIZE));
    page(out, 1, first);
    if (first.hasNext()) {
      PageRequest next = PageRequest.after(first.nextCursor().orElseThrow(), PAGE_SIZE);
      page(out, 2, crm.customers().search(caller, query, next));
    }
  }

  private static void page(PrintWriter out, int number, Page<Customer> page) {
    out.println();
    out.println(
        "  Page "
            + number
            + ": "
            + page.items().size()
            + " customers, "
            + (page.hasNext() ? "next cursor present (opaque token)" : "last page"));
    TextTable table = new TextTable("display name", "kind", "status", "branch", "tags");
    for (Customer customer : page.items()) {
      table.row(
          customer.displayName(),
          customer.kind(),
          customer.status(),
          customer.branch(),
          String.join(", ", customer.tags()));
    }
    table.print(out);
  }
}
