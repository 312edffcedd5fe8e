package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.jdbc.TestDatabases;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.AccessFilterContract;
import io.rapport.crm.tck.AuditLogContract;
import io.rapport.crm.tck.CampaignAttributionContract;
import io.rapport.crm.tck.CampaignMemberRepositoryContract;
import io.rapport.crm.tck.CampaignMetricsContract;
import io.rapport.crm.tck.CampaignRepositoryContract;
import io.rapport.crm.tck.ConcurrencyContract;
import io.rapport.crm.tck.ConsentRepositoryContract;
import io.rapport.crm.tck.CustomerFinanceQueriesContract;
import io.rapport.crm.tck.CustomerLookupContract;
import io.rapport.crm.tck.CustomerRepositoryContract;
import io.rapport.crm.tck.CustomerScoreRepositoryContract;
import io.rapport.crm.tck.CustomerTenureQueriesContract;
import io.rapport.crm.tck.FinancialEventRepositoryContract;
import io.rapport.crm.tck.HoldingRepositoryContract;
import io.rapport.crm.tck.HouseholdRepositoryContract;
import io.rapport.crm.tck.LeadRepositoryContract;
import io.rapport.crm.tck.OpportunityRepositoryContract;
import io.rapport.crm.tck.OutboxContract;
import io.rapport.crm.tck.PagingContract;
import io.rapport.crm.tck.PipelineAnalyticsContract;
import io.rapport.crm.tck.PipelineForecastContract;
import io.rapport.crm.tck.PipelineRepositoryContract;
import io.rapport.crm.tck.RelationshipRepositoryContract;
import io.rapport.crm.tck.RetentionContract;
import io.rapport.crm.tck.SearchContract;
import io.rapport.crm.tck.SegmentRepositoryContract;
import io.rapport.crm.tck.TenantIsolationContract;
import io.rapport.crm.tck.UnitOfWorkContract;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Nested;

/**
 * crm-tck's contracts (all but the long property runs, which the current-schema suites run) on H2
 * with Rapport's tables in a schema of their own ({@code JdbcStorage.builder(ds).schema("crm")}),
 * over a connection whose current schema is PUBLIC: every statement must name the schema.
 */
class H2NamedSchemaContractsTest {
  private static final CrmStorage STORAGE = storage();

  private static CrmStorage storage() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:named-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    JdbcStorage.builder(h2).schema("crm").build();
    return JdbcStorage.builder(TestDatabases.recording(h2)).schema("crm").migrate(false).build();
  }

  @Nested
  class AccessFilter extends AccessFilterContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class AuditLog extends AuditLogContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CampaignAttribution extends CampaignAttributionContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CampaignMembers extends CampaignMemberRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CampaignMetrics extends CampaignMetricsContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Campaigns extends CampaignRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Concurrency extends ConcurrencyContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Consents extends ConsentRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CustomerFinance extends CustomerFinanceQueriesContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CustomerLookup extends CustomerLookupContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Customers extends CustomerRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CustomerScores extends CustomerScoreRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class CustomerTenures extends CustomerTenureQueriesContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class FinancialEvents extends FinancialEventRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Holdings extends HoldingRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Households extends HouseholdRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Leads extends LeadRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Opportunities extends OpportunityRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Paging extends PagingContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class PipelineAnalytics extends PipelineAnalyticsContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class PipelineForecast extends PipelineForecastContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Pipelines extends PipelineRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Relationships extends RelationshipRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Search extends SearchContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Segments extends SegmentRepositoryContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class TenantIsolation extends TenantIsolationContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class UnitOfWork extends UnitOfWorkContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }

  @Nested
  class Retention extends RetentionContract {
    @Override
    protected CrmStorage storage() {
      return STORAGE;
    }
  }
}
