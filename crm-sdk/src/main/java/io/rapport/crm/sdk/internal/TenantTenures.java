package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.CustomerTenure;
import io.rapport.crm.analytics.ProductSpell;
import io.rapport.crm.common.Cursor;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.spi.CustomerQuery;
import io.rapport.crm.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every customer of a tenant with its holdings, read page by page in one unit of work: the tenure
 * facts of the churn calculators and the open product types of the cross-sell ones.
 *
 * @param tenures one tenure per customer, in the order the storage pages them
 * @param holdings each customer's holdings, open and closed
 */
record TenantTenures(List<CustomerTenure> tenures, Map<CustomerId, List<Holding>> holdings) {
  private static final int PAGE = 1_000;

  static TenantTenures read(UnitOfWork unit, TenantId tenant, CommandRunner runner) {
    List<CustomerTenure> tenures = new ArrayList<>();
    Map<CustomerId, List<Holding>> byCustomer = new LinkedHashMap<>();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<Customer> page = unit.customers().search(tenant, CustomerQuery.all(), request);
      for (Customer customer : page.items()) {
        List<Holding> holdings = unit.holdings().forCustomer(tenant, customer.id());
        List<ProductSpell> spells = new ArrayList<>();
        for (Holding holding : holdings) {
          spells.add(new ProductSpell(holding.openedOn(), holding.closedOn()));
        }
        LocalDate acquired = runner.dateOf(customer.createdAt());
        LocalDate closed =
            customer.status() == CustomerStatus.CLOSED ? runner.dateOf(customer.updatedAt()) : null;
        tenures.add(new CustomerTenure(customer.id(), acquired, closed, spells));
        byCustomer.put(customer.id(), holdings);
      }
      if (!page.hasNext()) {
        return new TenantTenures(tenures, byCustomer);
      }
      Cursor next = page.nextCursor().orElseThrow();
      request = request.next(next);
    }
  }

  /**
   * The product types each customer holds open on {@code day} (opened on or before it, not closed
   * on or before it); customers holding none are left out.
   */
  Map<CustomerId, Set<ProductType>> openProducts(LocalDate day) {
    Map<CustomerId, Set<ProductType>> open = new LinkedHashMap<>();
    holdings.forEach(
        (customer, held) -> {
          Set<ProductType> types = EnumSet.noneOf(ProductType.class);
          for (Holding holding : held) {
            boolean opened = !holding.openedOn().isAfter(day);
            boolean closed = holding.closedOn() != null && !holding.closedOn().isAfter(day);
            if (opened && !closed) {
              types.add(holding.productType());
            }
          }
          if (!types.isEmpty()) {
            open.put(customer, types);
          }
        });
    return open;
  }

  /** Whether {@code tenure}'s customer was a customer at the end of {@code day}. */
  static boolean activeOn(CustomerTenure tenure, LocalDate day) {
    if (tenure.acquired().isAfter(day)) {
      return false;
    }
    return CustomerTenure.defaultChurnDate(tenure)
        .map(churned -> churned.isAfter(day))
        .orElse(true);
  }
}
