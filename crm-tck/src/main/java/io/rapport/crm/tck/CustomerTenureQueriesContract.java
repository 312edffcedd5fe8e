package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.CustomerTenureFacts;
import io.rapport.crm.spi.HeldProduct;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerTenureQueries}: one fact per customer of the tenant
 * in customer id order, with registration, status, last change and every holding (closed ones too),
 * ordered; customers without holdings included; other tenants never.
 */
public abstract class CustomerTenureQueriesContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private final TenantId otherTenant = Fixtures.freshTenant();

  /** For subclasses binding the contract to an adapter. */
  protected CustomerTenureQueriesContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("tenureFacts: every customer once, in id order, with all its holdings")
  void tenureFacts_customersWithAndWithoutHoldings_goldenFacts() {
    // given: the varied customers 0..5 and their fixture holdings (some closed)
    CampaignFixtures campaigns = new CampaignFixtures(given);
    List<Customer> customers = new ArrayList<>();
    List<Holding> holdings = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      Customer customer = campaigns.varied(n);
      customers.add(customer);
      holdings.addAll(campaigns.holdingsOf(customer.id(), n));
    }
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, customers);
              tx.holdings().insertAll(tenant, holdings);
              tx.customers().insertAll(otherTenant, List.of(campaigns.varied(7)));
            });
    List<CustomerTenureFacts> expected =
        customers.stream()
            .sorted(Comparator.comparing(c -> c.id().toString()))
            .map(
                c ->
                    new CustomerTenureFacts(
                        c.id(),
                        c.createdAt(),
                        c.status(),
                        c.updatedAt(),
                        holdings.stream()
                            .filter(h -> h.customer().equals(c.id()))
                            .map(h -> new HeldProduct(h.productType(), h.openedOn(), h.closedOn()))
                            .toList()))
            .toList();

    // when
    List<CustomerTenureFacts> facts = new ArrayList<>();
    storage().inTransactionDo(tx -> tx.customerTenures().tenureFacts(tenant, facts::add));

    // then
    assertThat(facts).isEqualTo(expected);
    assertThat(facts).anySatisfy(f -> assertThat(f.products()).isEmpty());
    assertThat(facts)
        .flatExtracting(CustomerTenureFacts::products)
        .anySatisfy(p -> assertThat(p.closedOn()).isNotNull());
  }

  @Test
  @DisplayName("tenureFacts: a closed customer without holdings is reported as stored")
  void tenureFacts_closedCustomer_goldenValues() {
    // given
    Customer closed = new CampaignFixtures(given).varied(3);
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, closed));

    // when
    List<CustomerTenureFacts> facts = new ArrayList<>();
    storage().inTransactionDo(tx -> tx.customerTenures().tenureFacts(tenant, facts::add));

    // then
    assertThat(facts)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(CustomerStatus.CLOSED);
              assertThat(f.registeredAt()).isEqualTo(closed.createdAt());
              assertThat(f.lastChangedAt()).isEqualTo(closed.updatedAt());
              assertThat(f.products()).isEmpty();
            });
  }
}
