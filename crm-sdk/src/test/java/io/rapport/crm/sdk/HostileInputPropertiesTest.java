package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.PipelineDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives the public commands of the {@link Crm} facade with generated bad values: one generator per
 * command family draws a non-empty set of fields from that family's table of (path, bad value)
 * rows. Whatever is drawn, only {@link CrmException}s escape, every bad field's path is listed, no
 * rejected value appears in a message, and nothing is stored.
 */
class HostileInputPropertiesTest extends HostileFixture {
  private static final LocalDate FUTURE = LocalDate.of(2999, 1, 1);
  private static final LocalDate PAST = LocalDate.of(2020, 1, 1);

  private Customer customer;
  private Customer other;
  private PipelineDefinition pipeline;
  private Segment segment;

  /** One attack: the command family, the bad values by the path that must report them. */
  record Attack(String family, Map<String, Object> bad) {
    Object or(String path, Object valid) {
      return bad.containsKey(path) ? bad.get(path) : valid;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String path, T valid) {
      return (T) or(path, valid);
    }

    @Override
    public String toString() {
      return family + bad.keySet();
    }
  }

  /** The rows of one family's table: each path with the bad values it may take (null included). */
  private static Arbitrary<Attack> family(String name, Map<String, List<Object>> table) {
    return Arbitraries.subsetOf(table.keySet())
        .ofMinSize(1)
        .flatMap(
            paths -> {
              List<Arbitrary<Map.Entry<String, Object>>> picks = new ArrayList<>();
              for (String path : paths) {
                List<Object> choices = table.get(path);
                picks.add(
                    Arbitraries.integers()
                        .between(0, choices.size() - 1)
                        .map(i -> new AbstractMap.SimpleEntry<>(path, choices.get(i))));
              }
              return Combinators.combine(picks).as(entries -> attack(name, entries));
            });
  }

  private static Attack attack(String family, List<Map.Entry<String, Object>> entries) {
    Map<String, Object> bad = new HashMap<>();
    for (Map.Entry<String, Object> entry : entries) {
      bad.put(entry.getKey(), entry.getValue());
    }
    return new Attack(family, Collections.unmodifiableMap(bad));
  }

  private static List<Object> values(Object... values) {
    return Arrays.asList(values);
  }

  @Provide
  Arbitrary<Attack> attacks() {
    return Arbitraries.oneOf(
        family(
            "register",
            Map.of(
                "legalName", values(" ", "N".repeat(201)),
                "displayName", values("\t", "D".repeat(201)),
                "dateOfBirth", values(FUTURE),
                "governmentId.country", values("ZZ", "QX"),
                "contactPoints[0].email", values("hostile@@example", "no-at-sign"),
                "contactPoints[1].phone", values("+99 hostile", "12"),
                "preferredLanguage", values("xx_HOSTILE!", "!!"),
                "tags[0]", values("Hostile Tag!", "tag with spaces"),
                "owner", values("   ", "O".repeat(65)),
                "branch", values("B".repeat(33)))),
        family(
            "update",
            Map.of(
                "expectedVersion", values(0L, -7L),
                "legalName", values(" ", "N".repeat(201)),
                "foundingDate", values(FUTURE),
                "preferredLanguage", values("xx_HOSTILE!"),
                "tags[0]", values("Hostile Tag!"),
                "owner", values("   "))),
        family(
            "link",
            Map.of(
                "from", values((Object) null),
                "to", values((Object) null),
                "type", values((Object) null))),
        family(
            "household",
            Map.of(
                "name", values(" ", "H".repeat(201)),
                "members", values(List.of()))),
        family(
            "holding",
            Map.of(
                "customer", values((Object) null),
                "productName", values(" ", "P".repeat(201)),
                "accountReference", values("GB28NWBK60161331926819", "#hostile-ref"),
                "balance", values((Object) null),
                "currency", values("QQQ", "eur1"),
                "openedOn", values((Object) null))),
        family("holdingDates", Map.of("closedOn", values(LocalDate.of(2019, 12, 31)))),
        family(
            "lead",
            Map.of(
                "idempotencyKey", values(" ", "K".repeat(101)),
                "source", values((Object) null),
                "name", values(" ", "L".repeat(201)),
                "email", values("hostile@@example"),
                "phone", values("+99 hostile"),
                "dateOfBirth", values(FUTURE),
                "postcode", values("P".repeat(17)))),
        family(
            "pipeline",
            Map.of(
                "name", values(" ", "P".repeat(201)),
                "stages", values(List.of()),
                "lostReasons", values((Object) null))),
        family(
            "opportunity",
            Map.of(
                "pipeline", values((Object) null),
                "customer", values((Object) null),
                "amount", values(new BigDecimal("-12.34"), null),
                "currency", values("QQQ"),
                "owner", values(" ", "O".repeat(65)),
                "probability", values(101, -1),
                "competitors", values((Object) null))),
        family(
            "consent",
            Map.of(
                "subject", values((Object) null),
                "purpose", values((Object) null),
                "source", values(" ", "S".repeat(101)),
                "wordingVersion", values(" ", "W".repeat(101)))),
        family(
            "campaign",
            Map.of(
                "name", values(" ", "C".repeat(201)),
                "objective", values(" "),
                "channels", values(Set.of()),
                "endsOn", values(LocalDate.of(2024, 12, 31)),
                "currency", values("QQQ"),
                "budget", values(new BigDecimal("-1.00")),
                "expectedResponseRate", values(new BigDecimal("2")),
                "segment", values((Object) null))),
        family(
            "finance",
            Map.of(
                "externalKey", values(" ", "X".repeat(129)),
                "customer", values((Object) null),
                "kind", values((Object) null),
                "amount", values((Object) null),
                "currency", values("QQQ"))),
        family("segment", Map.of("name", values(" ", "S".repeat(201)))));
  }

  @BeforeProperty
  void storedTargets() {
    customer = register(NAME);
    other = register("Grace Hopper");
    pipeline =
        crm.pipelines()
            .define(
                caller,
                DefinePipeline.named("Retail")
                    .open("NEW", "New", 10, ForecastCategory.PIPELINE)
                    .won("WON", "Won")
                    .lost("LOST", "Lost")
                    .build());
    segment = crm.segments().define(caller, "Everyone", new Criterion.HasTag("vip"));
  }

  @Property(tries = 200)
  void anyCommand_badValues_areAllListedNeverEchoedAndNothingIsStored(
      @ForAll("attacks") Attack attack) {
    // given
    Object before = stored();

    // when
    Throwable thrown = catchThrowable(() -> run(attack));

    // then
    assertThat(thrown).isInstanceOf(CrmException.class);
    assertThat(thrown).isInstanceOf(CommandValidationException.class);
    assertThat(((CommandValidationException) thrown).violations())
        .extracting(Violation::path)
        .containsAll(attack.bad().keySet());
    assertThat(messages(thrown)).allSatisfy(message -> assertFreeOf(message, echoes(attack)));
    assertThat(stored()).isEqualTo(before);
  }

  /**
   * Runs the attack's command. A finance import reports rejected rows in its result instead of
   * throwing; their reasons are rethrown here so every family is checked alike.
   */
  private void run(Attack attack) {
    switch (attack.family()) {
      case "register" -> crm.customers().register(caller, register(attack));
      case "update" -> crm.customers().update(caller, update(attack));
      case "link" ->
          crm.relationships()
              .link(
                  caller,
                  new LinkCustomers(
                      attack.get("from", customer.id()),
                      attack.get("to", other.id()),
                      attack.get("type", RelationshipType.SPOUSE),
                      null));
      case "household" ->
          crm.households()
              .create(
                  caller,
                  new CreateHousehold(
                      attack.get("name", "The Household"),
                      null,
                      attack.get(
                          "members",
                          List.of(new HouseholdMember(customer.id(), HouseholdRole.HEAD, true)))));
      case "holding", "holdingDates" -> crm.holdings().record(caller, holding(attack));
      case "lead" -> crm.leads().capture(caller, lead(attack));
      case "pipeline" ->
          crm.pipelines()
              .define(
                  caller,
                  new DefinePipeline(
                      attack.get("name", "Hostile"),
                      attack.get("stages", pipelineStages()),
                      attack.get("lostReasons", List.of())));
      case "opportunity" -> crm.opportunities().open(caller, opportunity(attack));
      case "consent" ->
          crm.consents()
              .record(
                  caller,
                  new RecordConsent(
                      attack.get("subject", ConsentSubject.customer(customer.id())),
                      attack.get("purpose", ConsentPurpose.MARKETING),
                      ConsentChannel.EMAIL,
                      ConsentAction.GRANTED,
                      attack.get("source", "web"),
                      attack.get("wordingVersion", "v1"),
                      null));
      case "campaign" -> crm.campaigns().plan(caller, campaign(attack));
      case "finance" -> {
        FinanceImportResult result = crm.finance().importEvents(caller, List.of(line(attack)));
        assertThat(result.imported()).isZero();
        throw new CommandValidationException(
            "import", result.rejected().stream().flatMap(row -> row.reasons().stream()).toList());
      }
      case "segment" ->
          crm.segments().define(caller, attack.get("name", "S"), new Criterion.HasTag("vip"));
      default -> throw new AssertionError(attack.family());
    }
  }

  private RegisterCustomer register(Attack attack) {
    return new RegisterCustomer(
        PartyKind.PERSON,
        attack.get("legalName", NAME),
        attack.get("displayName", null),
        attack.get("dateOfBirth", BIRTH),
        new NewGovernmentId(
            GovernmentId.Kind.NATIONAL_ID, attack.get("governmentId.country", "GB"), NATIONAL_ID),
        List.of(
            NewContactPoint.email(
                attack.get("contactPoints[0].email", EMAIL), ContactPurpose.PERSONAL),
            NewContactPoint.phone(
                attack.get("contactPoints[1].phone", PHONE), ContactPurpose.HOME)),
        attack.get("preferredLanguage", "en-GB"),
        List.of(attack.get("tags[0]", "vip")),
        attack.get("owner", "rm-17"),
        attack.get("branch", "LDN-01"),
        CustomerStatus.ACTIVE);
  }

  private UpdateCustomer update(Attack attack) {
    return new UpdateCustomer(
        customer.id(),
        attack.get("expectedVersion", customer.version()),
        attack.get("legalName", NAME),
        null,
        attack.get("foundingDate", BIRTH),
        null,
        attack.get("preferredLanguage", "en-GB"),
        List.of(attack.get("tags[0]", "vip")),
        attack.get("owner", "rm-17"),
        null);
  }

  private RecordHolding holding(Attack attack) {
    return new RecordHolding(
        attack.get("customer", customer.id()),
        ProductType.SAVINGS,
        attack.get("productName", "Saver"),
        attack.get("accountReference", "GB29NWBK60161331926819"),
        false,
        HoldingRole.OWNER,
        attack.get("balance", new BigDecimal("10.00")),
        attack.get("currency", "EUR"),
        attack.get("openedOn", PAST),
        attack.get("closedOn", null),
        null);
  }

  private CaptureLead lead(Attack attack) {
    return new CaptureLead(
        attack.get("idempotencyKey", "form-1"),
        attack.get("source", SourceKind.WEB_FORM),
        null,
        null,
        null,
        null,
        ProductType.SAVINGS,
        attack.get("name", NAME),
        attack.get("email", EMAIL),
        attack.get("phone", PHONE),
        attack.get("dateOfBirth", BIRTH),
        attack.get("postcode", "SW1Y 4JH"),
        true,
        false,
        false,
        null,
        null);
  }

  private static List<NewStage> pipelineStages() {
    return DefinePipeline.named("x")
        .open("NEW", "New", 10, ForecastCategory.PIPELINE)
        .won("WON", "Won")
        .lost("LOST", "Lost")
        .build()
        .stages();
  }

  private NewOpportunity opportunity(Attack attack) {
    return new NewOpportunity(
        attack.get("pipeline", pipeline.id()),
        null,
        attack.get("customer", customer.id()),
        ProductType.SAVINGS,
        attack.get("amount", new BigDecimal("1000.00")),
        attack.get("currency", "EUR"),
        PAST.plusYears(10),
        attack.get("owner", "rm-17"),
        attack.get("probability", null),
        null,
        null,
        null,
        attack.get("competitors", List.of()),
        null);
  }

  private PlanCampaign campaign(Attack attack) {
    return new PlanCampaign(
        attack.get("name", "Spring"),
        attack.get("objective", "Savers"),
        attack.get("channels", Set.of(CampaignChannel.EMAIL)),
        ConsentPurpose.MARKETING,
        LocalDate.of(2025, 3, 1),
        attack.get("endsOn", LocalDate.of(2025, 4, 1)),
        attack.get("currency", "EUR"),
        attack.get("budget", new BigDecimal("100.00")),
        new BigDecimal("50.00"),
        new BigDecimal("500.00"),
        attack.get("expectedResponseRate", new BigDecimal("0.05")),
        attack.get("segment", segment.id()),
        null);
  }

  private RecordFinancialLine line(Attack attack) {
    return new RecordFinancialLine(
        attack.get("externalKey", "line-1"),
        attack.get("customer", customer.id()),
        null,
        attack.get("kind", LineKind.FEE),
        PAST,
        attack.get("amount", new BigDecimal("5.00")),
        attack.get("currency", "EUR"));
  }

  /** The rejected values a message must not repeat: distinctive texts, dates and amounts. */
  private static String[] echoes(Attack attack) {
    List<String> texts = new ArrayList<>();
    for (Object value : attack.bad().values()) {
      if (value != null && !(value instanceof Collection<?>)) {
        texts.add(value.toString());
      }
    }
    return echoes(texts);
  }
}
