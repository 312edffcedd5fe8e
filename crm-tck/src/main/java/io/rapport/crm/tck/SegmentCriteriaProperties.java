package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.SegmentCriteria;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Segment membership checked by jqwik: random criteria trees (and/or/not over every comparison
 * kind, up to four levels) select from a varied population of 48 customers exactly the customers
 * the reference semantics {@link SegmentCriteria#matches} accepts. The population is stored once
 * per property in its own tenant.
 */
public abstract class SegmentCriteriaProperties {
  private static final int POPULATION = 48;
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private Map<Customer, List<Holding>> population;

  /** For subclasses binding the properties to an adapter. */
  protected SegmentCriteriaProperties() {}

  /** The storage under test; may be shared by every try. */
  protected abstract CrmStorage storage();

  private Map<Customer, List<Holding>> population() {
    if (population == null) {
      CampaignFixtures campaigns = new CampaignFixtures(given);
      Map<Customer, List<Holding>> stored = new LinkedHashMap<>();
      for (int n = 0; n < POPULATION; n++) {
        Customer customer = campaigns.varied(n);
        stored.put(customer, campaigns.holdingsOf(customer.id(), n));
      }
      storage()
          .inTransactionDo(
              tx -> {
                tx.customers().insertAll(tenant, new ArrayList<>(stored.keySet()));
                tx.holdings()
                    .insertAll(tenant, stored.values().stream().flatMap(List::stream).toList());
              });
      population = stored;
    }
    return population;
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  @Label("members: the adapter selects exactly what the reference semantics accept")
  void members_randomCriteria_matchReferenceSemantics(@ForAll("criteria") Criterion criteria) {
    // given
    Map<Customer, List<Holding>> customers = population();
    List<CustomerId> expected =
        customers.entrySet().stream()
            .filter(e -> SegmentCriteria.matches(criteria, e.getKey(), e.getValue()))
            .map(e -> e.getKey().id())
            .sorted(Comparator.comparing(CustomerId::toString))
            .toList();

    // when
    List<CustomerId> selected =
        storage().inTransaction(tx -> tx.segments().members(tenant, criteria, null, 1000));

    // then
    assertThat(selected).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Criterion> criteria() {
    return tree(3);
  }

  private Arbitrary<Criterion> tree(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Arbitrary<Criterion> sub = tree(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf()),
        net.jqwik.api.Tuple.of(
            1, sub.list().ofMaxSize(3).map(parts -> (Criterion) new Criterion.AllOf(parts))),
        net.jqwik.api.Tuple.of(
            1, sub.list().ofMaxSize(3).map(parts -> (Criterion) new Criterion.AnyOf(parts))),
        net.jqwik.api.Tuple.of(1, sub.map(Criterion::not)));
  }

  private static Arbitrary<Criterion> leaf() {
    Arbitrary<ProductType> types = Arbitraries.of(ProductType.class);
    Arbitrary<Set<CustomerStatus>> statuses =
        Arbitraries.of(CustomerStatus.class).set().ofMinSize(1).ofMaxSize(3).map(HashSet::new);
    return Arbitraries.<Criterion>oneOf(
        Arbitraries.of("retail", "vip", "none").map(Criterion.HasTag::new),
        statuses.map(Criterion.StatusIn::new),
        Arbitraries.of(PartyKind.class).map(Criterion.KindIs::new),
        Arbitraries.of("GB", "DE", "FR", "US").map(Criterion.CountryIs::new),
        Arbitraries.of("rm-0", "rm-1", "rm-2").map(o -> new Criterion.OwnedBy(EmployeeId.of(o))),
        Arbitraries.of("BR-0", "BR-1").map(b -> new Criterion.InBranch(BranchCode.of(b))),
        types.map(Criterion.HoldsProduct::new),
        types.map(Criterion.LacksProduct::new),
        Combinators.combine(
                types,
                Arbitraries.of("EUR", "GBP"),
                Arbitraries.integers().between(-100, 5000),
                Arbitraries.integers().between(0, 5000))
            .as(
                (type, currency, low, width) ->
                    new Criterion.BalanceBetween(
                        type,
                        Money.of(BigDecimal.valueOf(low), java.util.Currency.getInstance(currency)),
                        Money.of(
                            BigDecimal.valueOf((long) low + width),
                            java.util.Currency.getInstance(currency)))));
  }
}
