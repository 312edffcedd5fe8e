package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designed cost of customer scores, counted in round trips: storing takes one delete batch and
 * one insert batch per batch of scores, dropping a kind one statement, and a segment on score
 * criteria one query whatever the number of scores; the tenure facts are one query too.
 */
abstract class ScoreStatementCostChecks {
  private static final int BATCH_SIZE = 100;
  private static final Instant AT = Instant.parse("2025-06-30T18:00:00Z");

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private CountingDataSource counter;
  private JdbcStorage storage;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingStorage() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage =
        TestDatabases.storage(
            dialect(), counter.dataSource(), builder -> builder.batchSize(BATCH_SIZE));
  }

  @Test
  void storeAll_thousandScoresInBatchesOf100_takesTenDeleteAndTenInsertBatches() {
    // given
    List<CustomerScore> scores = scores(1000);
    counter.reset();

    // when
    storage.inTransactionDo(unit -> unit.customerScores().storeAll(tenant, scores));

    // then
    assertThat(counter.statements()).isEqualTo(20);
    assertThat(counter.batches()).isEqualTo(20);
    assertThat(storage.<Long>inTransaction(u -> u.customerScores().count(tenant, ScoreKind.CLV)))
        .isEqualTo(1000L);
  }

  @Test
  void deleteKindAndSegmentQuery_thousandScores_takeOneStatementEach() {
    // given
    List<CustomerScore> scores = scores(1000);
    storage.inTransactionDo(unit -> unit.customerScores().storeAll(tenant, scores));
    counter.reset();

    // when
    storage.inTransaction(
        unit ->
            unit.segments()
                .members(
                    tenant,
                    new Criterion.ScoreBetween(ScoreKind.CLV, BigDecimal.ZERO, BigDecimal.TEN),
                    null,
                    100));
    int segmentStatements = counter.statements();
    counter.reset();
    long dropped =
        storage.<Long>inTransaction(
            unit -> unit.customerScores().deleteKind(tenant, ScoreKind.CLV));

    // then
    assertThat(segmentStatements).isEqualTo(1);
    assertThat(counter.statements()).isEqualTo(1);
    assertThat(dropped).isEqualTo(1000);
  }

  @Test
  void tenureFacts_anyTenant_takesOneStatement() {
    // given
    counter.reset();

    // when
    storage.inTransactionDo(unit -> unit.customerTenures().tenureFacts(tenant, facts -> {}));

    // then
    assertThat(counter.statements()).isEqualTo(1);
  }

  private static List<CustomerScore> scores(int count) {
    List<CustomerScore> scores = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CustomerId customer = CustomerId.of(String.format("01900000-0000-7000-8000-%012d", i));
      scores.add(new CustomerScore(customer, ScoreKind.CLV, BigDecimal.valueOf(i, 1), null, AT));
    }
    return scores;
  }
}
