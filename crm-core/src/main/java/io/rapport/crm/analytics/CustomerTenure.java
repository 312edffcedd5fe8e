package io.rapport.crm.analytics;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plain dated facts a churn rule reads about one customer.
 *
 * @param customer the customer
 * @param acquired the day they became a customer
 * @param statusClosed the day their status became closed, or null
 * @param products their product spells, possibly empty
 */
public record CustomerTenure(
    CustomerId customer, LocalDate acquired, LocalDate statusClosed, List<ProductSpell> products) {
  /** Checks presence and copies the products. */
  public CustomerTenure {
    Checks.notNull(customer, "customer");
    Checks.notNull(acquired, "acquired");
    products = Checks.list(products, "products");
  }

  /**
   * The default churn rule: the customer churns on the day their status became closed or the day
   * their last product closed (all products closed), whichever is earlier; never while a product is
   * open and the status is not closed.
   */
  public static Optional<LocalDate> defaultChurnDate(CustomerTenure tenure) {
    Optional<LocalDate> lastProductClosed = Optional.empty();
    if (!tenure.products().isEmpty()
        && tenure.products().stream().allMatch(p -> p.closed() != null)) {
      lastProductClosed =
          tenure.products().stream().map(ProductSpell::closed).max(LocalDate::compareTo);
    }
    Optional<LocalDate> closed = Optional.ofNullable(tenure.statusClosed());
    if (closed.isPresent() && lastProductClosed.isPresent()) {
      return Optional.of(
          closed.get().isBefore(lastProductClosed.get()) ? closed.get() : lastProductClosed.get());
    }
    return closed.isPresent() ? closed : lastProductClosed;
  }
}
