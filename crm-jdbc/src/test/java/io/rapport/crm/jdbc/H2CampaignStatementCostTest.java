package io.rapport.crm.jdbc;

/** {@link CampaignStatementCostChecks} on H2. */
class H2CampaignStatementCostTest extends CampaignStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.H2;
  }
}
