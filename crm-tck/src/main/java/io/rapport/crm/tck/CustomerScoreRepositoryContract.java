package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerScoreRepository} and of the score criteria of
 * {@link io.rapport.crm.spi.SegmentRepository#members}: scores round trip at six decimals, storing
 * replaces per customer and kind, a kind drops as a whole within its tenant, and {@link
 * Criterion.ScoreBetween} / {@link Criterion.ScoreIn} select the golden customers.
 */
public abstract class CustomerScoreRepositoryContract {
  private static final Instant AT = Instant.parse("2025-06-30T18:00:00.123456789Z");
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private final TenantId otherTenant = Fixtures.freshTenant();

  /** For subclasses binding the contract to an adapter. */
  protected CustomerScoreRepositoryContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("storeAll: scores read back equal, at six decimals and microseconds")
  void storeAll_newScores_readBackEqual() {
    // given
    CustomerId ada = customer(1);
    CustomerScore clv =
        new CustomerScore(ada, ScoreKind.CLV, new BigDecimal("1234.5678915"), null, AT);
    CustomerScore segment =
        new CustomerScore(ada, ScoreKind.RFM_SEGMENT, BigDecimal.ONE, "CHAMPIONS", AT);

    // when
    storage().inTransactionDo(tx -> tx.customerScores().storeAll(tenant, List.of(clv, segment)));

    // then
    CustomerScore read = find(tenant, ada, ScoreKind.CLV).orElseThrow();
    assertThat(read).isEqualTo(clv);
    assertThat(read.value()).isEqualByComparingTo("1234.567892");
    assertThat(read.computedAt()).isEqualTo(Instant.parse("2025-06-30T18:00:00.123456Z"));
    assertThat(find(tenant, ada, ScoreKind.RFM_SEGMENT)).contains(segment);
    assertThat(find(otherTenant, ada, ScoreKind.CLV)).isEmpty();
  }

  @Test
  @DisplayName("storeAll: a stored customer and kind is replaced; the last of repeats wins")
  void storeAll_sameCustomerAndKind_replaces() {
    // given
    CustomerId ada = customer(2);
    storage()
        .inTransactionDo(
            tx ->
                tx.customerScores()
                    .storeAll(tenant, List.of(score(ada, ScoreKind.P_ALIVE, "0.5"))));

    // when
    storage()
        .inTransactionDo(
            tx ->
                tx.customerScores()
                    .storeAll(
                        tenant,
                        List.of(
                            score(ada, ScoreKind.P_ALIVE, "0.7"),
                            score(ada, ScoreKind.P_ALIVE, "0.9"))));

    // then
    assertThat(find(tenant, ada, ScoreKind.P_ALIVE).orElseThrow().value())
        .isEqualByComparingTo("0.9");
    assertThat(count(tenant, ScoreKind.P_ALIVE)).isEqualTo(1);
  }

  @Test
  @DisplayName("deleteKind: drops that kind of this tenant only")
  void deleteKind_oneKind_dropsOnlyItInTheTenant() {
    // given
    storage()
        .inTransactionDo(
            tx -> {
              tx.customerScores()
                  .storeAll(
                      tenant,
                      List.of(
                          score(customer(3), ScoreKind.CLV, "1"),
                          score(customer(4), ScoreKind.CLV, "2"),
                          score(customer(3), ScoreKind.P_ALIVE, "0.3")));
              tx.customerScores()
                  .storeAll(otherTenant, List.of(score(customer(3), ScoreKind.CLV, "1")));
            });

    // when
    long dropped =
        storage().inTransaction(tx -> tx.customerScores().deleteKind(tenant, ScoreKind.CLV));

    // then
    assertThat(dropped).isEqualTo(2);
    assertThat(count(tenant, ScoreKind.CLV)).isZero();
    assertThat(count(tenant, ScoreKind.P_ALIVE)).isEqualTo(1);
    assertThat(count(otherTenant, ScoreKind.CLV)).isEqualTo(1);
  }

  @Test
  @DisplayName("members: ScoreBetween and ScoreIn select the golden customers, bounds inclusive")
  void members_scoreCriteria_selectGoldenCustomers() {
    // given: CLV 10, 20.5, 30.000001, none, 100; segments CHAMPIONS, LOYAL, AT_RISK, none,
    // CHAMPIONS
    CampaignFixtures campaigns = new CampaignFixtures(given);
    List<Customer> customers = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      customers.add(campaigns.varied(n));
    }
    List<CustomerId> ids = customers.stream().map(Customer::id).toList();
    String[] clv = {"10", "20.5", "30.000001", null, "100"};
    String[] segments = {"CHAMPIONS", "LOYAL", "AT_RISK", null, "CHAMPIONS"};
    List<CustomerScore> scores = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      if (clv[n] != null) {
        scores.add(score(ids.get(n), ScoreKind.CLV, clv[n]));
        scores.add(
            new CustomerScore(ids.get(n), ScoreKind.RFM_SEGMENT, BigDecimal.ONE, segments[n], AT));
      }
    }
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, customers);
              tx.customerScores().storeAll(tenant, scores);
              tx.customerScores()
                  .storeAll(otherTenant, List.of(score(ids.get(3), ScoreKind.CLV, "50")));
            });

    // when / then
    assertThat(
            members(
                new Criterion.ScoreBetween(
                    ScoreKind.CLV, new BigDecimal("20.5"), new BigDecimal("100"))))
        .containsExactlyInAnyOrder(ids.get(1), ids.get(2), ids.get(4));
    assertThat(
            members(
                new Criterion.ScoreBetween(
                    ScoreKind.CLV, new BigDecimal("10.5"), new BigDecimal("30"))))
        .containsExactly(ids.get(1));
    assertThat(
            members(new Criterion.ScoreBetween(ScoreKind.P_ALIVE, BigDecimal.ZERO, BigDecimal.TEN)))
        .isEmpty();
    assertThat(members(new Criterion.ScoreIn(ScoreKind.RFM_SEGMENT, Set.of("CHAMPIONS"))))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(4));
    assertThat(
            members(
                Criterion.not(
                    new Criterion.ScoreIn(ScoreKind.RFM_SEGMENT, Set.of("CHAMPIONS", "LOYAL")))))
        .containsExactlyInAnyOrder(ids.get(2), ids.get(3));
    assertThat(members(new Criterion.ScoreIn(ScoreKind.CLV, Set.of("10"))))
        .as("a score without a label never matches ScoreIn")
        .isEmpty();
  }

  @Test
  @DisplayName("segments: a segment on score criteria is stored and read back equal")
  void segmentInsert_scoreCriteria_readBackEqual() {
    // given
    Segment segment =
        new CampaignFixtures(given)
            .segment(
                Criterion.allOf(
                    new Criterion.ScoreBetween(
                        ScoreKind.CLV, new BigDecimal("-1.5"), new BigDecimal("250.000001")),
                    new Criterion.ScoreIn(ScoreKind.RFM_SEGMENT, Set.of("LOYAL", "CHAMPIONS"))));

    // when
    storage().inTransactionDo(tx -> tx.segments().insert(tenant, segment));

    // then
    Segment read = storage().inTransaction(tx -> tx.segments().get(tenant, segment.id()));
    assertThat(read).isEqualTo(segment);
  }

  private Optional<CustomerScore> find(TenantId in, CustomerId customer, ScoreKind kind) {
    return storage().inTransaction(tx -> tx.customerScores().find(in, customer, kind));
  }

  private long count(TenantId in, ScoreKind kind) {
    return storage().inTransaction(tx -> tx.customerScores().count(in, kind));
  }

  private List<CustomerId> members(Criterion criterion) {
    return storage().inTransaction(tx -> tx.segments().members(tenant, criterion, null, 100));
  }

  private static CustomerScore score(CustomerId customer, ScoreKind kind, String value) {
    return new CustomerScore(customer, kind, new BigDecimal(value), null, AT);
  }

  private static CustomerId customer(int n) {
    return CustomerId.of(String.format("01900000-0000-7000-8000-%012d", n));
  }
}
