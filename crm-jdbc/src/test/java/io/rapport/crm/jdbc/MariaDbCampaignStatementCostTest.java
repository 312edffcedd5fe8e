package io.rapport.crm.jdbc;

/** {@link CampaignStatementCostChecks} on MariaDb. */
class MariaDbCampaignStatementCostTest extends CampaignStatementCostChecks {
  @Override
  Dialect dialect() {
    return Dialect.MARIADB;
  }
}
