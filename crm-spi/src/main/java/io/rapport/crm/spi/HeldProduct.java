package io.rapport.crm.spi;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.internal.Checks;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One holding of a customer as the tenure and cross-sell figures read it.
 *
 * @param productType the product type
 * @param openedOn the opening day
 * @param closedOn the closing day, null while open
 */
public record HeldProduct(ProductType productType, LocalDate openedOn, LocalDate closedOn) {
  /** Product type name, opening day, then closing day (open last). */
  static final Comparator<HeldProduct> ORDER =
      Comparator.comparing((HeldProduct h) -> h.productType().name())
          .thenComparing(HeldProduct::openedOn)
          .thenComparing(HeldProduct::closedOn, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Checks presence. */
  public HeldProduct {
    Checks.notNull(productType, "productType");
    Checks.notNull(openedOn, "openedOn");
  }

  /** Whether it is open at the end of {@code day}: opened by then and not closed by then. */
  public boolean openOn(LocalDate day) {
    return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
  }
}
