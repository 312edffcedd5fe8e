package io.rapport.crm.sdk;

import io.rapport.crm.spi.AbstractUnitOfWork;
import io.rapport.crm.spi.AuditLog;
import io.rapport.crm.spi.CampaignMemberRepository;
import io.rapport.crm.spi.CampaignMetricsQuery;
import io.rapport.crm.spi.CampaignRepository;
import io.rapport.crm.spi.ConsentRepository;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.CustomerFinanceQueries;
import io.rapport.crm.spi.CustomerMerges;
import io.rapport.crm.spi.CustomerRepository;
import io.rapport.crm.spi.CustomerScoreRepository;
import io.rapport.crm.spi.CustomerTenureQueries;
import io.rapport.crm.spi.FinancialEventRepository;
import io.rapport.crm.spi.HoldingRepository;
import io.rapport.crm.spi.HouseholdRepository;
import io.rapport.crm.spi.LeadRepository;
import io.rapport.crm.spi.OpportunityRepository;
import io.rapport.crm.spi.Outbox;
import io.rapport.crm.spi.PersonalDataStore;
import io.rapport.crm.spi.PipelineAnalytics;
import io.rapport.crm.spi.PipelineRepository;
import io.rapport.crm.spi.RelationshipRepository;
import io.rapport.crm.spi.Repositories;
import io.rapport.crm.spi.RetentionStore;
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
  private String failing;
  private String failingCall;
  private long failingOccurrence;

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
          RecordingUnit recording = new RecordingUnit(unit);
          try {
            return work.apply(recording);
          } finally {
            recording.end();
          }
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
    failingCall = null;
    failing = null;
  }

  /** Makes every later call named {@code call} (e.g. {@code "audit.append"}) throw. */
  synchronized void failOn(String call) {
    failing = call;
  }

  synchronized long count(String call) {
    return calls.stream().filter(call::equals).count();
  }

  private synchronized void record(String call) {
    calls.add(call);
    if (call.equals(failing)) {
      throw new IllegalStateException("injected failure at " + call);
    }
    if (call.equals(failingCall) && count(call) == failingOccurrence) {
      throw new IllegalStateException("Injected failure at " + call + " #" + failingOccurrence);
    }
  }

  /**
   * Makes the {@code occurrence}-th call of {@code call} (counted since the last {@link #reset()})
   * throw {@link IllegalStateException} before it reaches the adapter, as a crash would.
   */
  synchronized void failAt(String call, long occurrence) {
    this.failingCall = call;
    this.failingOccurrence = occurrence;
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

  /**
   * The recording view of one real unit: each repository is the real unit's, behind a proxy that
   * records its calls. {@link AbstractUnitOfWork} supplies the accessors and the lifecycle: the
   * view belongs to the thread of its {@code inTransaction} call and ends with it.
   */
  private final class RecordingUnit extends AbstractUnitOfWork {
    private final UnitOfWork unit;

    RecordingUnit(UnitOfWork unit) {
      this.unit = unit;
    }

    @Override
    protected Repositories createRepositories() {
      return new Repositories(
          recording(CustomerRepository.class, "customers", unit.customers()),
          recording(RelationshipRepository.class, "relationships", unit.relationships()),
          recording(HouseholdRepository.class, "households", unit.households()),
          recording(HoldingRepository.class, "holdings", unit.holdings()),
          recording(LeadRepository.class, "leads", unit.leads()),
          recording(PipelineRepository.class, "pipelines", unit.pipelines()),
          recording(OpportunityRepository.class, "opportunities", unit.opportunities()),
          recording(StageHistory.class, "stageHistory", unit.stageHistory()),
          recording(PipelineAnalytics.class, "pipelineAnalytics", unit.pipelineAnalytics()),
          recording(AuditLog.class, "audit", unit.audit()),
          recording(Outbox.class, "outbox", unit.outbox()),
          recording(ConsentRepository.class, "consents", unit.consents()),
          recording(SegmentRepository.class, "segments", unit.segments()),
          recording(CampaignRepository.class, "campaigns", unit.campaigns()),
          recording(CampaignMemberRepository.class, "campaignMembers", unit.campaignMembers()),
          recording(CampaignMetricsQuery.class, "campaignMetrics", unit.campaignMetrics()),
          recording(FinancialEventRepository.class, "financialEvents", unit.financialEvents()),
          recording(CustomerFinanceQueries.class, "customerFinance", unit.customerFinance()),
          recording(CustomerTenureQueries.class, "customerTenures", unit.customerTenures()),
          recording(CustomerScoreRepository.class, "customerScores", unit.customerScores()),
          recording(CustomerMerges.class, "customerMerges", unit.customerMerges()),
          recording(RetentionStore.class, "retention", unit.retention()),
          recording(PersonalDataStore.class, "personalData", unit.personalData()));
    }
  }
}
