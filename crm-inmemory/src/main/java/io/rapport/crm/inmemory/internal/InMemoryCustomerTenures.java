package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.spi.CustomerTenureFacts;
import io.rapport.crm.spi.CustomerTenureQueries;
import io.rapport.crm.spi.HeldProduct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@link CustomerTenureQueries} over one {@link Unit}, computed directly. */
final class InMemoryCustomerTenures implements CustomerTenureQueries {
  private final Unit unit;

  InMemoryCustomerTenures(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void tenureFacts(TenantId tenant, Consumer<? super CustomerTenureFacts> sink) {
    unit.enter(tenant);
    Checks.notNull(sink, "sink");
    Map<CustomerId, List<HeldProduct>> products = new HashMap<>();
    for (Holding holding : unit.holdingRows.values(tenant)) {
      products
          .computeIfAbsent(holding.customer(), c -> new ArrayList<>())
          .add(new HeldProduct(holding.productType(), holding.openedOn(), holding.closedOn()));
    }
    List<Customer> customers = new ArrayList<>(unit.customerRows.values(tenant));
    customers.sort(
        (left, right) -> Ordering.compareCodePoints(left.id().toString(), right.id().toString()));
    for (Customer customer : customers) {
      sink.accept(
          new CustomerTenureFacts(
              customer.id(),
              customer.createdAt(),
              customer.status(),
              customer.updatedAt(),
              products.getOrDefault(customer.id(), List.of())));
    }
  }
}
