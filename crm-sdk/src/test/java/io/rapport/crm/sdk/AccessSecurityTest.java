package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.lead.Assignee;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.AssignmentRule;
import io.rapport.crm.lead.AssignmentStrategy;
import io.rapport.crm.lead.ScoringRuleSet;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.pipeline.ForecastQuery;
import io.rapport.crm.pipeline.PeriodUnit;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.sdk.AccessWorld.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated security test: walks every public method of every service of the {@link Crm}
 * facade, found by reflection, and calls it as an advisor walled off from a customer, once with
 * arguments naming that customer's records and once naming records that do not exist. The two
 * outcomes must be indistinguishable (same exception type and message up to the ids, or answers of
 * the same shape), no answer may contain the hidden records, and the hidden records must not
 * change. A facade method with a parameter type no provider below can build fails the walk, so a
 * new method cannot be skipped silently.
 */
class AccessSecurityTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final Currency EUR = Currency.getInstance("EUR");

  /** Methods that take no {@link Caller}: they are the host's, not a user's, and say so. */
  private static final Set<String> WITHOUT_CALLER =
      Set.of(
          "Events.subscribe(DomainEventListener)",
          "Events.deliverPending(TenantId)",
          "Audit.verify(TenantId)");

  /**
   * Services not walked yet: they check access at their entry points (duplicates and retention need
   * a caller who may change every customer; export needs read access to the customer; erasure and
   * legal holds need change access), which {@code GovernanceAccessTest} checks, but the walk has no
   * argument providers for their parameter types yet. A known gap, named in the README.
   */
  private static final Set<String> NOT_WALKED_YET = Set.of("Duplicates", "Privacy", "Retention");

  private final AccessWorld world = new AccessWorld();

  /** One call being built: the service, the method, the target records and what sinks received. */
  private record Call(
      String service, Method method, Caller caller, Target target, List<Object> sunk) {}

  private static final Map<String, java.util.function.Function<Call, Object>> PROVIDERS =
      new HashMap<>();

  private static void provide(Type type, java.util.function.Function<Call, Object> provider) {
    PROVIDERS.put(type.getTypeName(), provider);
  }

  private static void provide(String typeName, java.util.function.Function<Call, Object> provider) {
    PROVIDERS.put(typeName, provider);
  }

  static {
    provide(long.class, c -> c.service().equals("Leads") ? c.target().leadVersion() : 1L);
    provide(int.class, c -> 1);
    provide(double.class, c -> 0.1);
    provide(boolean.class, c -> false);
    provide(String.class, c -> "walk");
    provide(io.rapport.crm.party.CustomerId.class, c -> c.target().customer());
    provide(io.rapport.crm.party.ContactPointId.class, c -> c.target().contactPoint());
    provide(io.rapport.crm.party.RelationshipId.class, c -> c.target().relationship());
    provide(io.rapport.crm.party.HouseholdId.class, c -> c.target().household());
    provide(io.rapport.crm.pipeline.OpportunityId.class, c -> c.target().opportunity());
    provide(io.rapport.crm.lead.LeadId.class, c -> c.target().lead());
    provide(CustomerStatus.class, c -> CustomerStatus.DORMANT);
    provide(CustomerQuery.class, c -> CustomerQuery.all());
    provide(PageRequest.class, c -> PageRequest.first(50));
    provide(LocalDate.class, c -> DAY);
    provide(Instant.class, c -> Instant.parse("2025-03-01T10:00:00Z"));
    provide(YearMonth.class, c -> YearMonth.of(2025, 3));
    provide(Currency.class, c -> EUR);
    provide(HouseholdRole.class, c -> HouseholdRole.values()[HouseholdRole.values().length - 1]);
    provide(ProductType.class, c -> ProductType.SAVINGS);
    provide(MemberStatus.class, c -> MemberStatus.OPENED);
    provide(CampaignStatus.class, c -> CampaignStatus.COMPLETED);
    provide(ConsentPurpose.class, c -> ConsentPurpose.MARKETING);
    provide(ConsentChannel.class, c -> ConsentChannel.EMAIL);
    provide(ConsentSubject.class, c -> ConsentSubject.customer(c.target().customer()));
    provide(AttributionModel.class, c -> AttributionModel.values()[0]);
    provide(ExchangeRates.class, c -> ExchangeRates.none());
    provide(Money.class, c -> Money.of(new BigDecimal("1.00"), EUR));
    provide(EmployeeId.class, c -> EmployeeId.of("ada"));
    provide(ReportingPeriod.class, c -> ReportingPeriod.of(DAY.minusMonths(1), DAY));
    provide(ForecastQuery.class, c -> ForecastQuery.all(PeriodUnit.MONTH));
    provide(Criterion.class, c -> new Criterion.HasTag(AccessWorld.DEALS.tag()));
    provide(CostLine.class, c -> new CostLine(DAY, Money.of(new BigDecimal("5.00"), EUR), "walk"));
    provide(
        io.rapport.crm.lead.LeadScorer.class, c -> new ScoringRuleSet("walk", 50, 10, List.of()));
    provide(
        AssignmentEngine.class,
        c ->
            new AssignmentEngine(
                List.of(
                    AssignmentRule.everyLead(
                        "all",
                        AssignmentStrategy.ROUND_ROBIN,
                        List.of(Assignee.of(EmployeeId.of("ada")))))));
    provide(ImportProgress.class, c -> ImportProgress.NONE);
    provide(
        DefinePipeline.class,
        c ->
            DefinePipeline.named("Walk")
                .open("NEW", "New", 10, io.rapport.crm.pipeline.ForecastCategory.PIPELINE)
                .won("WON", "Won")
                .lost("LOST", "Lost")
                .build());
    provide(
        PlanCampaign.class,
        c ->
            new PlanCampaign(
                "Walk",
                "Walk",
                Set.of(io.rapport.crm.campaign.CampaignChannel.EMAIL),
                ConsentPurpose.MARKETING,
                DAY,
                DAY.plusMonths(1),
                "EUR",
                new BigDecimal("100"),
                new BigDecimal("10"),
                new BigDecimal("100"),
                new BigDecimal("0.05"),
                new SegmentId(java.util.UUID.randomUUID()),
                null));
    provide(
        RegisterCustomer.class,
        c -> RegisterCustomer.person("Someone Else").owner("bob").tag("walk").build());
    provide(
        UpdateCustomer.class,
        c -> UpdateCustomer.builder(c.target().customer(), 1).tags(Set.of("walked")).build());
    provide(
        NewContactPoint.class, c -> NewContactPoint.email("walk@example.com", ContactPurpose.WORK));
    provide(
        LinkCustomers.class,
        c ->
            LinkCustomers.of(
                c.target().customer(), c.target().customer(), RelationshipType.PARENT));
    provide(
        CreateHousehold.class,
        c ->
            CreateHousehold.named("Walk")
                .member(c.target().customer(), HouseholdRole.HEAD, true)
                .build());
    provide(
        RecordHolding.class,
        c ->
            RecordHolding.of(c.target().customer(), ProductType.SAVINGS, "Saver")
                .account("ACC-2")
                .balance("1.00", "EUR")
                .openedOn(DAY)
                .build());
    provide(
        "java.util.List<io.rapport.crm.sdk.RecordHolding>",
        c -> List.of(PROVIDERS.get(RecordHolding.class.getName()).apply(c)));
    provide(
        CaptureLead.class,
        c ->
            CaptureLead.builder(
                    "walk-capture", SourceKind.WEB_FORM, ProductType.SAVINGS, "Hidden Client")
                .email(c.target().email())
                .build());
    provide(
        "java.util.List<io.rapport.crm.sdk.CaptureLead>",
        c -> List.of(PROVIDERS.get(CaptureLead.class.getName()).apply(c)));
    provide("java.util.List<io.rapport.crm.lead.LeadId>", c -> List.of(c.target().lead()));
    provide(
        ConvertLead.class,
        c ->
            ConvertLead.intoCustomer(
                c.target().lead(), c.target().leadVersion(), "walk", c.target().customer()));
    provide(
        NewOpportunity.class,
        c ->
            NewOpportunity.in(
                    new PipelineId(java.util.UUID.randomUUID()),
                    c.target().customer(),
                    ProductType.MORTGAGE)
                .build());
    provide(
        UpdateOpportunity.class,
        c ->
            new UpdateOpportunity(
                c.target().opportunity(),
                1,
                BigDecimal.TEN,
                "EUR",
                DAY,
                "ada",
                50,
                null,
                List.of(),
                null));
    provide(MoveOpportunity.class, c -> MoveOpportunity.to(c.target().opportunity(), 1, "NEW"));
    provide(
        WinOpportunity.class,
        c -> WinOpportunity.of(c.target().opportunity(), 1, "10.00", "EUR", DAY));
    provide(
        LoseOpportunity.class, c -> LoseOpportunity.of(c.target().opportunity(), 1, "PRICE", DAY));
    provide(ReopenOpportunity.class, c -> ReopenOpportunity.of(c.target().opportunity(), 1, "NEW"));
    provide(
        RecordConsent.class,
        c ->
            RecordConsent.of(
                ConsentSubject.customer(c.target().customer()),
                ConsentPurpose.MARKETING,
                ConsentChannel.SMS,
                ConsentAction.GRANTED,
                "walk",
                "mkt-1"));
    provide("java.util.Set<io.rapport.crm.party.CustomerId>", c -> Set.of(c.target().customer()));
    provide(
        "java.lang.Iterable<? extends io.rapport.crm.sdk.FinanceCommand>",
        c -> List.of(purchase(c)));
    provide(
        "java.util.stream.Stream<? extends io.rapport.crm.sdk.FinanceCommand>",
        c -> Stream.of(purchase(c)));
    provide("java.util.Collection<io.rapport.crm.campaign.CampaignId>", c -> List.of());
    provide("java.util.Collection<java.lang.Integer>", c -> List.of(5));
    provide("java.util.Collection<io.rapport.crm.analytics.Activity>", c -> List.of());
    provide("java.util.Map<java.lang.String, io.rapport.crm.common.Money>", c -> Map.of());
    provide("java.util.List<io.rapport.crm.campaign.CampaignId>", c -> List.of());
    provide(
        "java.util.Map<io.rapport.crm.campaign.CampaignId, io.rapport.crm.campaign.AttributedOutcomes>",
        c -> Map.of());
    // bulk imports are refused to the advisor before their rows are read: empty rows suffice
    provide("java.util.List<io.rapport.crm.party.Customer>", c -> List.of());
    provide("java.util.List<io.rapport.crm.party.Relationship>", c -> List.of());
    provide("java.util.List<io.rapport.crm.party.Household>", c -> List.of());
    provide("java.util.List<io.rapport.crm.party.Holding>", c -> List.of());
    provide("java.util.List<io.rapport.crm.pipeline.Opportunity>", c -> List.of());
    provide("java.util.List<io.rapport.crm.pipeline.StageChange>", c -> List.of());
  }

  private static RecordPurchase purchase(Call call) {
    return RecordPurchase.of("walk-1", call.target().customer(), DAY, "10.00", "EUR");
  }

  /** The arguments of a call: the world's shared records first, then the type's provider. */
  private Object argument(Call call, int index, Type type) {
    String name = type.getTypeName();
    if (call.method().getName().equals("findByEmail") && index == 1) {
      return call.target().email();
    }
    if (call.method().getName().equals("findByPhone") && index == 1) {
      return call.target().phone();
    }
    if (call.service().equals("Audit") && type == String.class) {
      return index == 1 ? "customer" : call.target().customer().toString();
    }
    if (type == Caller.class) {
      return call.caller();
    }
    if (type == PipelineId.class) {
      return world.pipeline;
    }
    if (type == SegmentId.class) {
      return world.segment;
    }
    if (type == CampaignId.class) {
      return world.campaign;
    }
    if (name.startsWith("java.util.function.Consumer<")) {
      return (Consumer<Object>) call.sunk()::add;
    }
    java.util.function.Function<Call, Object> provider = PROVIDERS.get(name);
    if (provider == null) {
      throw new AssertionError(
          "No argument provider for parameter "
              + index
              + " of type "
              + name
              + " of "
              + call.service()
              + "."
              + call.method().getName()
              + ": add one to AccessSecurityTest.PROVIDERS so the walk covers the method");
    }
    return provider.apply(call);
  }

  /** What one call did. */
  record Outcome(Object value, Throwable thrown, List<Object> sunk) {}

  private Outcome invoke(
      Object service, String serviceName, Method method, Caller caller, Target target) {
    List<Object> sunk = new ArrayList<>();
    Call call = new Call(serviceName, method, caller, target, sunk);
    Type[] types = method.getGenericParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = argument(call, i, types[i]);
    }
    try {
      return new Outcome(method.invoke(service, arguments), null, sunk);
    } catch (InvocationTargetException e) {
      return new Outcome(null, e.getCause(), sunk);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The services of the facade: its public no-argument methods returning an SDK interface. */
  static List<Method> serviceGetters() {
    return Arrays.stream(Crm.class.getMethods())
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType().isInterface())
        .filter(m -> m.getReturnType().getPackageName().equals(Crm.class.getPackageName()))
        .sorted(Comparator.comparing(Method::getName))
        .toList();
  }

  static String signature(Class<?> service, Method method) {
    return service.getSimpleName()
        + "."
        + method.getName()
        + "("
        + String.join(
            ", ", Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList())
        + ")";
  }

  @TestFactory
  Stream<DynamicTest> everyFacadeMethod_unauthorisedCaller_cannotTellHiddenFromAbsent() {
    Map<String, Caller> callers = new java.util.LinkedHashMap<>();
    callers.put("walled-off advisor", world.ada);
    callers.put(
        "caller without profile",
        Caller.of(world.tenant, io.rapport.crm.common.Actor.user("anon")));
    List<DynamicTest> tests = new ArrayList<>();
    callers.forEach(
        (who, caller) -> {
          for (Method getter : serviceGetters()) {
            Class<?> type = getter.getReturnType();
            if (NOT_WALKED_YET.contains(type.getSimpleName())) {
              continue;
            }
            Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !WITHOUT_CALLER.contains(signature(type, m)))
                .sorted(Comparator.comparing(m -> signature(type, m)))
                .forEach(
                    method ->
                        tests.add(
                            DynamicTest.dynamicTest(
                                who + ": " + signature(type, method),
                                () -> walk(getter, type, method, caller))));
          }
        });
    return tests.stream();
  }

  private void walk(Method getter, Class<?> type, Method method, Caller caller) throws Exception {
    // given
    assertThat(method.getParameterTypes())
        .as("%s must take a Caller or be listed in WITHOUT_CALLER", signature(type, method))
        .contains(Caller.class);
    Object service = getter.invoke(world.crm);
    String before = world.snapshot();
    Target hidden = world.hidden();
    Target absent = world.absent();

    // when
    Outcome onHidden = invoke(service, type.getSimpleName(), method, caller, hidden);
    Outcome onAbsent = invoke(service, type.getSimpleName(), method, caller, absent);

    // then
    assertThat(leak(onHidden, hidden, onAbsent, absent)).as(signature(type, method)).isEmpty();
    assertThat(world.snapshot())
        .as("hidden records after " + signature(type, method))
        .isEqualTo(before);
  }

  /**
   * What tells the hidden records from absent ones, or shows them: empty if nothing.
   * Package-private so that the oracle itself is tested.
   */
  static Optional<String> leak(Outcome onHidden, Target hidden, Outcome onAbsent, Target absent) {
    if ((onHidden.thrown() == null) != (onAbsent.thrown() == null)) {
      return Optional.of(
          "answers differ: hidden "
              + describe(onHidden, hidden)
              + " but absent "
              + describe(onAbsent, absent));
    }
    if (onHidden.thrown() != null) {
      String one = describe(onHidden, hidden);
      String other = describe(onAbsent, absent);
      return one.equals(other)
          ? Optional.empty()
          : Optional.of("refusals differ: " + one + " vs " + other);
    }
    String shown = normalized(String.valueOf(onHidden.value()) + onHidden.sunk(), hidden);
    String other = normalized(String.valueOf(onAbsent.value()) + onAbsent.sunk(), absent);
    if (shown.equals(other)) {
      return Optional.empty();
    }
    for (String marker : hidden.markers()) {
      if (shown.contains(marker)) {
        return Optional.of("the answer shows a hidden record: " + marker);
      }
    }
    if (size(onHidden.value()) != size(onAbsent.value())
        || onHidden.sunk().size() != onAbsent.sunk().size()) {
      return Optional.of(
          "answer sizes differ: " + size(onHidden.value()) + " vs " + size(onAbsent.value()));
    }
    return Optional.empty();
  }

  /**
   * {@code text} with the ids the call itself named replaced: an echo of an argument is no leak.
   */
  private static String normalized(String text, Target target) {
    String result = text;
    for (String id : ids(target)) {
      result = result.replace(id, "<id>");
    }
    return result;
  }

  private static List<String> ids(Target target) {
    return List.of(
        target.customer().toString(),
        target.lead().toString(),
        target.opportunity().toString(),
        target.household().toString(),
        target.relationship().toString(),
        target.contactPoint().toString());
  }

  private static String describe(Outcome outcome, Target target) {
    if (outcome.thrown() == null) {
      return "an answer";
    }
    String message = normalized(String.valueOf(outcome.thrown().getMessage()), target);
    return outcome.thrown().getClass().getName() + ": " + message;
  }

  private static long size(Object value) {
    if (value instanceof Collection<?> collection) {
      return collection.size();
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? 1 : 0;
    }
    if (value instanceof Page<?> page) {
      return page.items().size();
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    return value == null ? -1 : 0;
  }

  @Test
  void walk_coversEveryServiceOfTheFacade() {
    // when
    List<String> services = serviceGetters().stream().map(Method::getName).toList();

    // then
    assertThat(services)
        .contains(
            "customers", "leads", "opportunities", "segments", "analytics", "audit", "events");
  }

  @Test
  void leak_hiddenAnsweredWhereAbsentWasRefused_isReported() {
    // given
    Target hidden = world.hidden();
    Target absent = world.absent();
    Outcome answered = new Outcome(List.of(), null, List.of());
    Outcome refused =
        new Outcome(
            null, new io.rapport.crm.party.CustomerNotFoundException(absent.customer()), List.of());

    // when
    Optional<String> found = leak(answered, hidden, refused, absent);

    // then
    assertThat(found).hasValueSatisfying(text -> assertThat(text).contains("answers differ"));
  }

  @Test
  void leak_answerShowingHiddenContact_isReported() {
    // given
    Target hidden = world.hidden();
    Target absent = world.absent();
    Outcome shows = new Outcome(List.of(AccessWorld.HIDDEN_EMAIL), null, List.of());
    Outcome empty = new Outcome(List.of(), null, List.of());

    // when
    Optional<String> found = leak(shows, hidden, empty, absent);

    // then
    assertThat(found).hasValueSatisfying(text -> assertThat(text).contains("hidden record"));
  }

  @Test
  void leak_differentCountsOrExceptionTypes_areReported() {
    // given
    Target hidden = world.hidden();
    Target absent = world.absent();

    // when
    Optional<String> counts =
        leak(new Outcome(3L, null, List.of()), hidden, new Outcome(2L, null, List.of()), absent);
    Optional<String> types =
        leak(
            new Outcome(
                null, new io.rapport.crm.compliance.access.AccessDeniedException("x"), List.of()),
            hidden,
            new Outcome(
                null,
                new io.rapport.crm.party.CustomerNotFoundException(absent.customer()),
                List.of()),
            absent);

    // then
    assertThat(counts).isPresent();
    assertThat(types).hasValueSatisfying(text -> assertThat(text).contains("refusals differ"));
  }

  @Test
  void walkedCaller_seesItsOwnCustomerButNotTheHiddenOne() {
    // when
    Page<io.rapport.crm.party.Customer> page =
        world.crm.customers().search(world.ada, CustomerQuery.all(), PageRequest.first(10));

    // then: the walk's caller is not simply locked out of everything
    assertThat(page.items())
        .extracting(io.rapport.crm.party.Customer::id)
        .containsExactly(world.visibleCustomer.id());
    assertThat(TenantId.of(world.tenant.value())).isEqualTo(world.tenant);
  }
}
