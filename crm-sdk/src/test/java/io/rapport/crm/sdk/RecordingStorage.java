package io.rapport.crm.sdk;

import io.rapport.crm.spi.AuditLog;
import io.rapport.crm.spi.CampaignMemberRepository;
import io.rapport.crm.spi.CampaignMetricsQuery;
import io.rapport.crm.spi.CampaignRepository;
import io.rapport.crm.spi.ConsentRepository;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.CustomerFinanceQueries;
import io.rapport.crm.spi.CustomerRepository;
import io.rapport.crm.spi.CustomerScoreRepository;
import io.rapport.crm.spi.CustomerTenureQueries;
import io.rapport.crm.spi.FinancialEventRepository;
import io.rapport.crm.spi.HoldingRepository;
import io.rapport.crm.spi.HouseholdRepository;
import io.rapport.crm.spi.LeadRepository;
import io.rapport.crm.spi.OpportunityRepository;
import io.rapport.crm.spi.Outbox;
import io.rapport.crm.spi.PipelineAnalytics;
import io.rapport.crm.spi.PipelineRepository;
import io.rapport.crm.spi.RelationshipRepository;
import io.rapport.crm.spi.SegmentRepository;
import io.rapport.crm.spi.StageHistory;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.spi.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Wraps a real storage (the in-memory adapter) and records every unit of work and every port call
 * as {@code "customers.findAll"}, {@code "audit.append"}..., then delegates unchanged. Behaviour
 * stays the real adapter's; the record lets tests count round trips.
 */
final class RecordingStorage implements CrmStorage {
  private final CrmStorage delegate;
  private final List<String> calls = new ArrayList<>();
  private int units;

  RecordingStorage(CrmStorage delegate) {
    this.delegate = delegate;
  }

  @Override
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    return delegate.inTransaction(
        unit -> {
          synchronized (this) {
            units++;
          }
          return work.apply(new RecordingUnit(unit));
        });
  }

  @Override
  public Set<StorageFeature> features() {
    return delegate.features();
  }

  @Override
  public String name() {
    return "recording " + delegate.name();
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  synchronized int units() {
    return units;
  }

  synchronized void reset() {
    calls.clear();
    units = 0;
  }

  synchronized long count(String call) {
    return calls.stream().filter(call::equals).count();
  }

  private synchronized void record(String call) {
    calls.add(call);
  }

  private <T> T recording(Class<T> port, String name, T target) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(target, args);
          }
          record(name + "." + method.getName());
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  private final class RecordingUnit implements UnitOfWork {
    private final UnitOfWork unit;

    RecordingUnit(UnitOfWork unit) {
      this.unit = unit;
    }

    @Override
    public CustomerRepository customers() {
      return recording(CustomerRepository.class, "customers", unit.customers());
    }

    @Override
    public RelationshipRepository relationships() {
      return recording(RelationshipRepository.class, "relationships", unit.relationships());
    }

    @Override
    public HouseholdRepository households() {
      return recording(HouseholdRepository.class, "households", unit.households());
    }

    @Override
    public HoldingRepository holdings() {
      return recording(HoldingRepository.class, "holdings", unit.holdings());
    }

    @Override
    public LeadRepository leads() {
      return recording(LeadRepository.class, "leads", unit.leads());
    }

    @Override
    public PipelineRepository pipelines() {
      return recording(PipelineRepository.class, "pipelines", unit.pipelines());
    }

    @Override
    public OpportunityRepository opportunities() {
      return recording(OpportunityRepository.class, "opportunities", unit.opportunities());
    }

    @Override
    public StageHistory stageHistory() {
      return recording(StageHistory.class, "stageHistory", unit.stageHistory());
    }

    @Override
    public PipelineAnalytics pipelineAnalytics() {
      return recording(PipelineAnalytics.class, "pipelineAnalytics", unit.pipelineAnalytics());
    }

    @Override
    public AuditLog audit() {
      return recording(AuditLog.class, "audit", unit.audit());
    }

    @Override
    public Outbox outbox() {
      return recording(Outbox.class, "outbox", unit.outbox());
    }

    @Override
    public ConsentRepository consents() {
      return recording(ConsentRepository.class, "consents", unit.consents());
    }

    @Override
    public SegmentRepository segments() {
      return recording(SegmentRepository.class, "segments", unit.segments());
    }

    @Override
    public CampaignRepository campaigns() {
      return recording(CampaignRepository.class, "campaigns", unit.campaigns());
    }

    @Override
    public CampaignMemberRepository campaignMembers() {
      return recording(CampaignMemberRepository.class, "campaignMembers", unit.campaignMembers());
    }

    @Override
    public CampaignMetricsQuery campaignMetrics() {
      return recording(CampaignMetricsQuery.class, "campaignMetrics", unit.campaignMetrics());
    }

    @Override
    public FinancialEventRepository financialEvents() {
      return recording(FinancialEventRepository.class, "financialEvents", unit.financialEvents());
    }

    @Override
    public CustomerFinanceQueries customerFinance() {
      return recording(CustomerFinanceQueries.class, "customerFinance", unit.customerFinance());
    }

    @Override
    public CustomerScoreRepository customerScores() {
      return recording(CustomerScoreRepository.class, "customerScores", unit.customerScores());
    }

    @Override
    public CustomerTenureQueries customerTenures() {
      return recording(CustomerTenureQueries.class, "customerTenures", unit.customerTenures());
    }
  }
}
