package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.lead.Assignee;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.AssignmentRule;
import io.rapport.crm.lead.AssignmentStrategy;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadScore;
import io.rapport.crm.lead.LeadScorer;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives the lead lifecycle of {@link Leads} (contact, qualify, disqualify, assign, score, link,
 * merge, keep, convert, bulk capture and assignment, model training) with bad ids, versions and
 * texts, and with another tenant's leads and customers.
 */
class HostileLeadsPropertiesTest extends HostileFixture {
  private static final LeadId UNKNOWN = new LeadId(new UUID(7, 7));
  private static final EmployeeId OWNER = EmployeeId.of("rm-17");
  private static final LeadScorer NO_SCORER = null;
  private static final AssignmentEngine ENGINE =
      new AssignmentEngine(
          List.of(
              AssignmentRule.everyLead(
                  "all", AssignmentStrategy.ROUND_ROBIN, List.of(Assignee.of(OWNER)))));

  private Lead lead;
  private Lead survivor;
  private Lead foreign;
  private Lead qualified;
  private Customer foreignCustomer;

  @BeforeProperty
  void storedTargets() {
    lead = capture(caller, "k-1");
    survivor = capture(caller, "k-2");
    foreign = capture(stranger, "k-3");
    Lead contacted = capture(caller, "k-4");
    contacted = crm.leads().markContacted(caller, contacted.id(), contacted.version());
    qualified = crm.leads().qualify(caller, contacted.id(), contacted.version());
    foreignCustomer = crm.customers().register(stranger, RegisterCustomer.person(NAME).build());
  }

  private Lead capture(Caller who, String key) {
    return crm.leads()
        .capture(
            who,
            CaptureLead.builder(key, SourceKind.WEB_FORM, ProductType.SAVINGS, "Grace Hopper")
                .email("grace@example.com")
                .build())
        .lead();
  }

  @Property(tries = 100)
  void anyLeadCall_hostileArguments_refusedCleanly(@ForAll("calls") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Property(tries = 100)
  void anyListedLeadCall_refusedCleanly(@ForAll("listed") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Override
  Object stored() {
    return List.of(
        super.stored(),
        crm.leads().get(caller, lead.id()),
        crm.leads().get(caller, survivor.id()),
        crm.leads().get(caller, qualified.id()),
        crm.leads().get(stranger, foreign.id()));
  }

  @Provide
  Arbitrary<Hostile> listed() {
    return Arbitraries.of(listedCalls());
  }

  /** The fixed hostile calls; few enough that every one runs on each build. */
  private List<Hostile> listedCalls() {
    return List.of(
        invalid(
            "assign",
            Set.of("owner"),
            () -> crm.leads().assign(caller, lead.id(), 1, null, "manual")),
        invalid(
            "score", Set.of("scorer"), () -> crm.leads().score(caller, lead.id(), 1, NO_SCORER)),
        invalid(
            "linkToCustomer",
            Set.of("customer"),
            () -> crm.leads().linkToCustomer(caller, lead.id(), 1, null)),
        refused(
            "linkToCustomer(unknown)",
            () -> crm.leads().linkToCustomer(caller, lead.id(), 1, new CustomerId(new UUID(7, 7)))),
        refused(
            "linkToCustomer(foreign)",
            () -> crm.leads().linkToCustomer(caller, lead.id(), 1, foreignCustomer.id())),
        invalid(
            "mergeInto",
            Set.of("survivor"),
            () -> crm.leads().mergeInto(caller, lead.id(), 1, null)),
        refused("mergeInto(itself)", () -> crm.leads().mergeInto(caller, lead.id(), 1, lead.id())),
        refused(
            "mergeInto(foreign)", () -> crm.leads().mergeInto(caller, lead.id(), 1, foreign.id())),
        refused("mergeInto(unknown)", () -> crm.leads().mergeInto(caller, lead.id(), 1, UNKNOWN)),
        invalid("captureAll", Set.of("leads"), () -> crm.leads().captureAll(caller, null)),
        refused(
            "captureAll(null row)",
            () ->
                crm.leads()
                    .captureAll(
                        caller,
                        Arrays.asList(
                            CaptureLead.builder(
                                    "k-9", SourceKind.WEB_FORM, ProductType.SAVINGS, "Al Brown")
                                .build(),
                            null))),
        invalid("assignAll", Set.of("ids"), () -> crm.leads().assignAll(caller, null, ENGINE)),
        invalid(
            "assignAll",
            Set.of("engine"),
            () -> crm.leads().assignAll(caller, List.of(lead.id()), null)),
        refused(
            "assignAll(null id)",
            () -> crm.leads().assignAll(caller, Arrays.asList(lead.id(), null), ENGINE)),
        refused(
            "assignAll(foreign)",
            () -> crm.leads().assignAll(caller, List.of(lead.id(), foreign.id()), ENGINE)),
        invalid("trainModel", Set.of("version"), () -> crm.leads().trainModel(caller, null)),
        invalid("convert(null)", Set.of("command"), () -> crm.leads().convert(caller, null)),
        invalid(
            "convert",
            Set.of("lead", "expectedVersion", "idempotencyKey"),
            () -> crm.leads().convert(caller, ConvertLead.intoNewCustomer(null, 0, " "))),
        refused(
            "convert(foreign lead)",
            () -> crm.leads().convert(caller, ConvertLead.intoNewCustomer(foreign.id(), 1, "c-1"))),
        refused(
            "convert(foreign customer)",
            () ->
                crm.leads()
                    .convert(
                        caller,
                        ConvertLead.intoCustomer(
                            qualified.id(), qualified.version(), "c-2", foreignCustomer.id()))));
  }

  @Provide
  Arbitrary<Hostile> calls() {
    return Arbitraries.oneOf(
        badVersion().map(this::everyTransitionAt).flatMap(Arbitraries::of),
        Arbitraries.of(everyTransition(null, 1, "id")),
        Arbitraries.of(everyTransition(UNKNOWN, 1, null)),
        Arbitraries.of(everyTransition(foreign.id(), 1, null)),
        Arbitraries.of(everyTransition(lead.id(), 9, null)),
        badReason()
            .map(
                reason ->
                    invalid(
                        "disqualify",
                        Set.of("reason"),
                        () -> crm.leads().disqualify(caller, lead.id(), 1, reason),
                        reason)),
        badReason()
            .map(
                reason ->
                    invalid(
                        "assign",
                        Set.of("reason"),
                        () -> crm.leads().assign(caller, lead.id(), 1, OWNER, reason),
                        reason)),
        badRequiredText(100)
            .map(
                key ->
                    invalid(
                        "convert",
                        Set.of("idempotencyKey"),
                        () ->
                            crm.leads()
                                .convert(
                                    caller,
                                    ConvertLead.intoNewCustomer(
                                        qualified.id(), qualified.version(), key)),
                        key)),
        Arbitraries.of("   ", "N".repeat(201), "\u0000\u0001")
            .map(
                name ->
                    invalid(
                        "convert",
                        Set.of("newCustomer.legalName"),
                        () ->
                            crm.leads()
                                .convert(
                                    caller,
                                    new ConvertLead(
                                        qualified.id(),
                                        qualified.version(),
                                        "c-3",
                                        null,
                                        RegisterCustomer.person(name).build(),
                                        null)),
                        name)));
  }

  private static Arbitrary<String> badReason() {
    return badRequiredText(200);
  }

  /**
   * markContacted, qualify, disqualify, keep, score and assign of {@code id} at {@code version}.
   */
  private List<Hostile> everyTransition(LeadId id, long version, String path) {
    Set<String> paths = path == null ? Set.of() : Set.of(path);
    LeadScorer scorer = new FixedScorer();
    return List.of(
        invalid("markContacted", paths, () -> crm.leads().markContacted(caller, id, version)),
        invalid("qualify", paths, () -> crm.leads().qualify(caller, id, version)),
        invalid(
            "disqualify",
            paths,
            () -> crm.leads().disqualify(caller, id, version, "not reachable")),
        invalid("keep", paths, () -> crm.leads().keep(caller, id, version)),
        invalid("score", paths, () -> crm.leads().score(caller, id, version, scorer)),
        invalid("assign", paths, () -> crm.leads().assign(caller, id, version, OWNER, "manual")),
        invalid(
            "linkToCustomer",
            paths,
            () -> crm.leads().linkToCustomer(caller, id, version, foreignCustomer.id())),
        invalid(
            "mergeInto", paths, () -> crm.leads().mergeInto(caller, id, version, survivor.id())),
        path == null
            ? query("convert(open lead)", () -> assertRejected(id, version))
            : invalid(
                "convert",
                Set.of("id".equals(path) ? "lead" : path),
                () -> crm.leads().convert(caller, ConvertLead.intoNewCustomer(id, version, "c-9"))),
        invalid(
            "markContacted(null caller)",
            Set.of("caller"),
            () -> crm.leads().markContacted(null, id, version)));
  }

  /** An open lead converts to a Rejected value, or the call refuses with an exception. */
  private void assertRejected(LeadId id, long version) {
    Conversion conversion =
        crm.leads().convert(caller, ConvertLead.intoNewCustomer(id, version, "c-9"));
    assertThat(conversion).isInstanceOf(Conversion.Rejected.class);
  }

  private List<Hostile> everyTransitionAt(long version) {
    return everyTransition(lead.id(), version, "expectedVersion");
  }

  /** Scores every lead 50; never reached by a refused call. */
  private static final class FixedScorer implements LeadScorer {
    @Override
    public String version() {
      return "fixed";
    }

    @Override
    public LeadScore score(Lead lead, Instant at) {
      return new LeadScore(50, "fixed", List.of(), at);
    }
  }
}
