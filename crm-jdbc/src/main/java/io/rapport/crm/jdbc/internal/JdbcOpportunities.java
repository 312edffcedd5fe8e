package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.spi.OpportunityRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link OpportunityRepository} over one {@link JdbcUnit}: one row per opportunity. */
final class JdbcOpportunities implements OpportunityRepository {
  private static final String TYPE = "opportunity";
  private static final String FIND =
      """
      SELECT %s FROM rapport_opportunity
      WHERE tenant_id = ? AND id = ?"""
          .formatted(OpportunityRows.COLUMNS);
  private static final String FOR_CUSTOMER =
      """
      SELECT %s FROM rapport_opportunity
      WHERE tenant_id = ? AND customer_id = ?
      ORDER BY id"""
          .formatted(OpportunityRows.COLUMNS);

  private final JdbcUnit unit;

  JdbcOpportunities(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Opportunity opportunity) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(opportunity, TYPE);
    OpportunityRows.checkStorable(opportunity);
    sql.write(
        "insert an opportunity",
        false,
        () ->
            sql.update(
                OpportunityRows.INSERT, p -> OpportunityRows.bindInsert(p, tenant, opportunity)),
        () -> new DuplicateRecordException(TYPE, opportunity.id()));
  }

  @Override
  public void insertAll(
      TenantId tenant, List<Opportunity> opportunities, List<StageChange> history) {
    Sql sql = unit.enter(tenant);
    OpportunityRepository.checkBatch(opportunities, history);
    opportunities.forEach(OpportunityRows::checkStorable);
    history.forEach(change -> OpportunityRows.checkStorable(change.amount(), "amount"));
    if (opportunities.isEmpty()) {
      return;
    }
    List<OpportunityId> ids = opportunities.stream().map(Opportunity::id).toList();
    sql.write(
        "insert opportunities",
        true,
        () -> {
          sql.batch(
              OpportunityRows.INSERT,
              opportunities,
              (p, o) -> OpportunityRows.bindInsert(p, tenant, o));
          sql.batch(
              JdbcStageHistory.INSERT, history, (p, c) -> JdbcStageHistory.bind(p, tenant, c));
          return null;
        },
        () -> duplicateOf(sql, tenant, ids));
  }

  /** The exception for a refused batch: names the first id (in id order) that is taken. */
  private static RuntimeException duplicateOf(Sql sql, TenantId tenant, List<OpportunityId> ids)
      throws SQLException {
    Optional<String> taken = TakenIds.first(sql, "rapport_opportunity", tenant, ids);
    if (taken.isPresent()) {
      return new DuplicateRecordException(TYPE, OpportunityId.of(taken.get()));
    }
    return new DuplicateRecordException("stage change", ids.get(0));
  }

  @Override
  public Opportunity update(TenantId tenant, Opportunity opportunity) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(opportunity, TYPE);
    OpportunityRows.checkStorable(opportunity);
    long version = opportunity.version();
    return sql.write(
        "update an opportunity",
        false,
        () -> {
          if (sql.update(
                  OpportunityRows.UPDATE, p -> OpportunityRows.bindUpdate(p, tenant, opportunity))
              == 0) {
            throw Versions.missingOrStale(
                sql,
                "rapport_opportunity",
                tenant,
                opportunity.id(),
                new RecordNotFoundException(TYPE, opportunity.id()),
                new ConcurrentUpdateException(TYPE, opportunity.id(), version));
          }
          return opportunity.withVersion(version + 1);
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, opportunity.id(), version));
  }

  @Override
  public Optional<Opportunity> find(TenantId tenant, OpportunityId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find an opportunity",
        () -> sql.queryFirst(FIND, p -> p.id(tenant).id(id), OpportunityRows::read));
  }

  @Override
  public List<Opportunity> forCustomer(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "find opportunities of a customer",
        () -> sql.query(FOR_CUSTOMER, p -> p.id(tenant).id(customer), OpportunityRows::read));
  }
}
