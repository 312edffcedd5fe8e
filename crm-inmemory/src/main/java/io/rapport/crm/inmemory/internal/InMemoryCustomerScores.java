package io.rapport.crm.inmemory.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CustomerScoreRepository;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CustomerScoreRepository} over one {@link Unit}. */
final class InMemoryCustomerScores implements CustomerScoreRepository {
  private final Unit unit;

  InMemoryCustomerScores(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void storeAll(TenantId tenant, List<CustomerScore> scores) {
    unit.enter(tenant);
    for (CustomerScore score : Checks.list(scores, "scores")) {
      unit.scoreRows.put(tenant, new ScoreKey(score.customer(), score.kind()), score);
    }
  }

  @Override
  public long deleteKind(TenantId tenant, ScoreKind kind) {
    unit.enter(tenant);
    Checks.notNull(kind, "kind");
    List<CustomerScore> doomed =
        unit.scoreRows.values(tenant).stream().filter(s -> s.kind() == kind).toList();
    doomed.forEach(s -> unit.scoreRows.remove(tenant, new ScoreKey(s.customer(), kind)));
    return doomed.size();
  }

  @Override
  public Optional<CustomerScore> find(TenantId tenant, CustomerId customer, ScoreKind kind) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    Checks.notNull(kind, "kind");
    return Optional.ofNullable(unit.scoreRows.get(tenant, new ScoreKey(customer, kind)));
  }

  @Override
  public long count(TenantId tenant, ScoreKind kind) {
    unit.enter(tenant);
    Checks.notNull(kind, "kind");
    return unit.scoreRows.values(tenant).stream().filter(s -> s.kind() == kind).count();
  }

  /** Every customer's scores by kind, for segment criteria. */
  static Map<CustomerId, Map<ScoreKind, CustomerScore>> byCustomer(Unit unit, TenantId tenant) {
    Map<CustomerId, Map<ScoreKind, CustomerScore>> scores = new HashMap<>();
    for (CustomerScore score : unit.scoreRows.values(tenant)) {
      scores
          .computeIfAbsent(score.customer(), c -> new EnumMap<>(ScoreKind.class))
          .put(score.kind(), score);
    }
    return scores;
  }
}
