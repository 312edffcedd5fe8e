package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.CustomerTenure;
import io.rapport.crm.analytics.ProductSpell;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.spi.HeldProduct;
import io.rapport.crm.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every customer of a tenant with its holdings, from the storage's {@link
 * io.rapport.crm.spi.CustomerTenureQueries} (one statement on a database): the tenure facts of the
 * churn calculators and the held product types of the cross-sell ones.
 *
 * @param tenures one tenure per customer, in customer id order
 * @param holdings each customer's holdings, open and closed
 */
record TenantTenures(List<CustomerTenure> tenures, Map<CustomerId, List<HeldProduct>> holdings) {

  static TenantTenures read(UnitOfWork unit, TenantId tenant, CommandRunner runner) {
    List<CustomerTenure> tenures = new ArrayList<>();
    Map<CustomerId, List<HeldProduct>> byCustomer = new LinkedHashMap<>();
    unit.customerTenures()
        .tenureFacts(
            tenant,
            facts -> {
              List<ProductSpell> spells = new ArrayList<>();
              for (HeldProduct product : facts.products()) {
                spells.add(new ProductSpell(product.openedOn(), product.closedOn()));
              }
              LocalDate closed =
                  facts.status() == CustomerStatus.CLOSED
                      ? runner.dateOf(facts.lastChangedAt())
                      : null;
              tenures.add(
                  new CustomerTenure(
                      facts.customer(), runner.dateOf(facts.registeredAt()), closed, spells));
              byCustomer.put(facts.customer(), facts.products());
            });
    return new TenantTenures(tenures, byCustomer);
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
          for (HeldProduct product : held) {
            if (product.openOn(day)) {
              types.add(product.productType());
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
