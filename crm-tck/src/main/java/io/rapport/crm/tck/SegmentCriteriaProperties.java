package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.analytics.RfmSegment;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.ScoreKind;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
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
import net.jqwik.api.Tuple;

/**
 * Segment membership checked by jqwik: random criteria trees (and/or/not over every comparison
 * kind, up to four levels) select from a varied population of 48 customers exactly the customers
 * the reference semantics {@link SegmentCriteria#matches} accepts. The population is stored once
 * per property in its own tenant.
 */
public abstract class SegmentCriteriaProperties {
  private static final int POPULATION = 48;
  private static final Instant SCORED = Instant.parse("2025-06-30T18:00:00Z");
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private Map<Customer, List<Holding>> population;
  private final Map<CustomerId, Map<ScoreKind, CustomerScore>> scores = new HashMap<>();

  /** For subclasses binding the properties to an adapter. */
  protected SegmentCriteriaProperties() {}

  /** The storage under test; may be shared by every try. */
  protected abstract CrmStorage storage();

  private Map<Customer, List<Holding>> population() {
    if (population == null) {
      CampaignFixtures campaigns = new CampaignFixtures(given);
      Map<Customer, List<Holding>> stored = new LinkedHashMap<>();
      List<CustomerScore> scoreRows = new ArrayList<>();
      for (int n = 0; n < POPULATION; n++) {
        Customer customer = campaigns.varied(n);
        stored.put(customer, campaigns.holdingsOf(customer.id(), n));
        scoreRows.addAll(scoresOf(customer.id(), n));
      }
      storage()
          .inTransactionDo(
              tx -> {
                tx.customers().insertAll(tenant, new ArrayList<>(stored.keySet()));
                tx.holdings()
                    .insertAll(tenant, stored.values().stream().flatMap(List::stream).toList());
                tx.customerScores().storeAll(tenant, scoreRows);
              });
      population = stored;
    }
    return population;
  }

  /**
   * Scores of customer {@code n}: every third has none, the others a CLV of 0 to 99 in steps of 0.5
   * and an RFM segment; every other one also a P(alive).
   */
  private List<CustomerScore> scoresOf(CustomerId customer, int n) {
    if (n % 3 == 2) {
      return List.of();
    }
    List<CustomerScore> of = new ArrayList<>();
    of.add(
        new CustomerScore(
            customer,
            ScoreKind.CLV,
            BigDecimal.valueOf((n * 37) % 199, 1).multiply(BigDecimal.valueOf(5)),
            null,
            SCORED));
    RfmSegment segment = RfmSegment.values()[n % RfmSegment.values().length];
    of.add(
        new CustomerScore(
            customer,
            ScoreKind.RFM_SEGMENT,
            BigDecimal.valueOf(segment.ordinal() + 1L),
            segment.name(),
            SCORED));
    if (n % 2 == 0) {
      of.add(
          new CustomerScore(
              customer, ScoreKind.P_ALIVE, BigDecimal.valueOf(n % 10, 1), null, SCORED));
    }
    for (CustomerScore score : of) {
      scores
          .computeIfAbsent(customer, c -> new EnumMap<>(ScoreKind.class))
          .put(score.kind(), score);
    }
    return of;
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  @Label("members: the adapter selects exactly what the reference semantics accept")
  void members_randomCriteria_matchReferenceSemantics(@ForAll("criteria") Criterion criteria) {
    // given
    Map<Customer, List<Holding>> customers = population();
    List<CustomerId> expected =
        customers.entrySet().stream()
            .filter(
                e ->
                    SegmentCriteria.matches(
                        criteria,
                        e.getKey(),
                        e.getValue(),
                        scores.getOrDefault(e.getKey().id(), Map.of())))
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
        Tuple.of(3, leaf()),
        Tuple.of(1, sub.list().ofMaxSize(3).map(parts -> (Criterion) new Criterion.AllOf(parts))),
        Tuple.of(1, sub.list().ofMaxSize(3).map(parts -> (Criterion) new Criterion.AnyOf(parts))),
        Tuple.of(1, sub.map(Criterion::not)));
  }

  private static Arbitrary<Criterion> leaf() {
    Arbitrary<ProductType> types = Arbitraries.of(ProductType.class);
    Arbitrary<Set<CustomerStatus>> statuses =
        Arbitraries.of(CustomerStatus.class).set().ofMinSize(1).ofMaxSize(3).map(HashSet::new);
    Arbitrary<ScoreKind> scoreKinds =
        Arbitraries.of(ScoreKind.CLV, ScoreKind.P_ALIVE, ScoreKind.RFM_SEGMENT);
    return Arbitraries.<Criterion>oneOf(
        Combinators.combine(
                scoreKinds,
                Arbitraries.integers().between(-10, 100),
                Arbitraries.integers().between(0, 60))
            .as(
                (kind, low, width) ->
                    new Criterion.ScoreBetween(
                        kind,
                        BigDecimal.valueOf(low, 1).multiply(BigDecimal.TEN),
                        BigDecimal.valueOf((long) low + width, 1).multiply(BigDecimal.TEN))),
        Combinators.combine(
                scoreKinds,
                Arbitraries.of(RfmSegment.class)
                    .map(RfmSegment::name)
                    .set()
                    .ofMinSize(1)
                    .ofMaxSize(3))
            .as(Criterion.ScoreIn::new),
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
                        Money.of(BigDecimal.valueOf(low), Currency.getInstance(currency)),
                        Money.of(
                            BigDecimal.valueOf((long) low + width),
                            Currency.getInstance(currency)))));
  }
}
