package io.rapport.crm.jdbc;

/** {@link CampaignStatementCostChecks} on Postgres. */
class PostgresCampaignStatementCostTest extends CampaignStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
