package io.rapport.crm.spi;

import java.lang.reflect.Proxy;

/**
 * {@link Repositories} made of placeholders that throw on every call: for tests of the wiring,
 * which compare identities and never call a repository.
 */
final class StubRepositories {
  private StubRepositories() {}

  /** Twenty-one distinct placeholders. */
  static Repositories create() {
    return new Repositories(
        stub(CustomerRepository.class),
        stub(RelationshipRepository.class),
        stub(HouseholdRepository.class),
        stub(HoldingRepository.class),
        stub(LeadRepository.class),
        stub(PipelineRepository.class),
        stub(OpportunityRepository.class),
        stub(StageHistory.class),
        stub(PipelineAnalytics.class),
        stub(AuditLog.class),
        stub(Outbox.class),
        stub(ConsentRepository.class),
        stub(SegmentRepository.class),
        stub(CampaignRepository.class),
        stub(CampaignMemberRepository.class),
        stub(CampaignMetricsQuery.class),
        stub(FinancialEventRepository.class),
        stub(CustomerFinanceQueries.class),
        stub(CustomerTenureQueries.class),
        stub(CustomerScoreRepository.class),
        stub(CustomerMerges.class),
        stub(RetentionStore.class),
        stub(PersonalDataStore.class));
  }

  static <T> T stub(Class<T> port) {
    Object placeholder =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              if (method.getName().equals("toString")) {
                return "stub " + port.getSimpleName();
              }
              if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
              }
              if (method.getName().equals("equals")) {
                return proxy == args[0];
              }
              throw new UnsupportedOperationException(port.getSimpleName() + " is a stub");
            });
    return port.cast(placeholder);
  }
}
