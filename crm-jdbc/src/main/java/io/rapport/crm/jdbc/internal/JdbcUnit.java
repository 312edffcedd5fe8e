package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.spi.AbstractUnitOfWork;
import io.rapport.crm.spi.Repositories;
import java.sql.Connection;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * One JDBC unit of work: the repositories of one transaction on one connection. Usable only on the
 * thread that opened it and only until its {@code inTransaction} call returns; any other use throws
 * {@link IllegalStateException}.
 */
public final class JdbcUnit extends AbstractUnitOfWork {
  private final Sql sql;
  private final Clock clock;
  private final Map<TenantId, AuditHead> lockedHeads = new HashMap<>();

  JdbcUnit(Connection connection, StorageSettings settings) {
    this.sql = new Sql(connection, settings.dialect(), settings.batchSize(), settings.tables());
    this.clock = settings.clock();
  }

  @Override
  protected Repositories createRepositories() {
    return new Repositories(
        new JdbcCustomers(this),
        new JdbcRelationships(this),
        new JdbcHouseholds(this),
        new JdbcHoldings(this),
        new JdbcLeads(this),
        new JdbcPipelines(this),
        new JdbcOpportunities(this),
        new JdbcStageHistory(this),
        new JdbcPipelineAnalytics(this),
        new JdbcAuditLog(this),
        new JdbcOutbox(this),
        new JdbcConsents(this),
        new JdbcSegments(this),
        new JdbcCampaigns(this),
        new JdbcCampaignMembers(this),
        new JdbcCampaignMetrics(this),
        new JdbcFinancialEvents(this),
        new JdbcCustomerFinance(this),
        new JdbcCustomerTenures(this),
        new JdbcCustomerScores(this),
        new JdbcCustomerMerges(this),
        new JdbcRetention(this),
        new JdbcPersonalData(this));
  }

  /**
   * The statements of this unit, after checking that the unit may be used and {@code tenant} is
   * present.
   */
  Sql enter(TenantId tenant) {
    checkUsable(tenant);
    return sql;
  }

  Clock clock() {
    return clock;
  }

  /** The head this unit locked for {@code tenant} (as moved by its appends), or null. */
  AuditHead lockedHead(TenantId tenant) {
    return lockedHeads.get(tenant);
  }

  void lockedHead(TenantId tenant, AuditHead head) {
    lockedHeads.put(tenant, head);
  }

  /** Whether the database rolled the unit's transaction back on its own (see {@link Sql}). */
  boolean transactionLost() {
    return sql.transactionLost();
  }
}
