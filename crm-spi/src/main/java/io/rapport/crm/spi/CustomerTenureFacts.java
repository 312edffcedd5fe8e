package io.rapport.crm.spi;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the churn, retention, KPI and cross-sell figures read of one customer.
 *
 * @param customer the customer
 * @param registeredAt when it was registered (its {@code createdAt})
 * @param status its status now
 * @param lastChangedAt its last change ({@code updatedAt}); for a closed customer, when it closed
 * @param products its holdings, open and closed, ordered by product type name, opening day and
 *     closing day (open last)
 */
public record CustomerTenureFacts(
    CustomerId customer,
    Instant registeredAt,
    CustomerStatus status,
    Instant lastChangedAt,
    List<HeldProduct> products) {

  /** Checks presence, truncates to microseconds and orders the products. */
  public CustomerTenureFacts {
    Checks.notNull(customer, "customer");
    Checks.notNull(registeredAt, "registeredAt");
    Checks.notNull(status, "status");
    Checks.notNull(lastChangedAt, "lastChangedAt");
    registeredAt = registeredAt.truncatedTo(ChronoUnit.MICROS);
    lastChangedAt = lastChangedAt.truncatedTo(ChronoUnit.MICROS);
    List<HeldProduct> sorted = new ArrayList<>(Checks.list(products, "products"));
    sorted.sort(HeldProduct.ORDER);
    products = List.copyOf(sorted);
  }
}
