package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.lead.Assignee;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.AssignmentRule;
import io.rapport.crm.lead.AssignmentStrategy;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.DuplicateRule;
import io.rapport.crm.lead.IllegalLeadTransitionException;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.NaiveBayesScorer;
import io.rapport.crm.lead.ScoringRule;
import io.rapport.crm.lead.ScoringRuleSet;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadsTest extends SdkFixture {

  private CaptureLead.Builder webLead(String key) {
    return CaptureLead.builder(key, SourceKind.WEB_FORM, ProductType.MORTGAGE, "Grace Hopper")
        .email("grace@example.com")
        .phone("+44 20 7946 0999")
        .dateOfBirth(LocalDate.of(1986, 12, 9))
        .postcode("EC1A 1BB")
        .branch("LDN-01");
  }

  private long leadCount() {
    return storage.inTransaction(unit -> unit.leads().count(tenant));
  }

  private Lead qualified(String key) {
    Lead lead = crm.leads().capture(caller, webLead(key).build()).lead();
    return crm.leads().qualify(caller, lead.id(), lead.version());
  }

  @Test
  void capture_sameIdempotencyKeyTwice_returnsTheFirstLeadAndStoresOne() {
    // given
    Captured first = crm.leads().capture(caller, webLead("form-1").build());

    // when
    Captured second =
        crm.leads().capture(caller, webLead("form-1").email("other@example.com").build());

    // then
    assertThat(second.replayed()).isTrue();
    assertThat(second.lead()).isEqualTo(first.lead());
    assertThat(leadCount()).isEqualTo(1);
    assertThat(crm.audit().history(caller, "lead", first.lead().id().toString()))
        .extracting(AuditEntry::action)
        .containsExactly("lead.captured");
  }

  @Test
  void captureAll_keysSeenBeforeOrRepeated_replayTheFirstLead() {
    // given
    Lead earlier = crm.leads().capture(caller, webLead("bulk-0").build()).lead();
    List<CaptureLead> commands =
        List.of(webLead("bulk-0").build(), webLead("bulk-1").build(), webLead("bulk-1").build());

    // when
    List<Captured> results = crm.leads().captureAll(caller, commands);

    // then
    assertThat(results).extracting(Captured::replayed).containsExactly(true, false, true);
    assertThat(results.get(0).lead()).isEqualTo(earlier);
    assertThat(results.get(2).lead()).isEqualTo(results.get(1).lead());
    assertThat(leadCount()).isEqualTo(2);
  }

  @Test
  void captureAll_oneInvalid_reportsItsPathAndStoresNothing() {
    // given
    List<CaptureLead> commands =
        List.of(webLead("ok").build(), webLead("bad").email("not an e-mail").build());

    // when / then
    assertThatThrownBy(() -> crm.leads().captureAll(caller, commands))
        .isInstanceOf(CommandValidationException.class)
        .satisfies(
            e ->
                assertThat(((CommandValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("leads[1].email"));
    assertThat(leadCount()).isZero();
  }

  @Test
  void find_otherTenantsLead_isEmpty() {
    // given
    Lead lead = crm.leads().capture(caller, webLead("mine").build()).lead();
    Caller other = Caller.of(TenantId.of("t-other-" + UUID.randomUUID()), caller.actor());

    // when / then
    assertThat(crm.leads().find(other, lead.id())).isEmpty();
    assertThatThrownBy(() -> crm.leads().qualify(other, lead.id(), 1))
        .isInstanceOf(LeadNotFoundException.class);
  }

  @Test
  void capture_referralWithoutReferrer_isRefusedNamingTheField() {
    // given
    CaptureLead command =
        CaptureLead.builder("k", SourceKind.CUSTOMER_REFERRAL, ProductType.SAVINGS, "Al").build();

    // when / then
    assertThatThrownBy(() -> crm.leads().capture(caller, command))
        .isInstanceOf(CommandValidationException.class)
        .satisfies(
            e ->
                assertThat(((CommandValidationException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("source"));
    assertThat(leadCount()).isZero();
  }

  @Test
  void capture_matchingCustomerAndOpenLead_listsBothCandidatesWithRules() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    Lead earlier =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder("a", SourceKind.EVENT, ProductType.INVESTMENT, "Lovelace, Ada")
                    .dateOfBirth(BIRTH)
                    .build())
            .lead();

    // when
    Captured captured =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder("b", SourceKind.WEB_FORM, ProductType.SAVINGS, "Ada Lovelace")
                    .email(EMAIL.toUpperCase(Locale.ROOT))
                    .dateOfBirth(BIRTH)
                    .build());

    // then
    assertThat(captured.duplicates())
        .containsExactly(
            new DuplicateCandidate(null, ada.id(), 100, DuplicateRule.EMAIL),
            new DuplicateCandidate(earlier.id(), null, 95, DuplicateRule.NAME_AND_DATE_OF_BIRTH));
    assertThat(crm.leads().findDuplicates(caller, captured.lead().id()))
        .isEqualTo(captured.duplicates());
  }

  @Test
  void mergeInto_duplicate_disqualifiesItAndFillsTheSurvivorsGaps() {
    // given
    Lead survivor =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder("s", SourceKind.EVENT, ProductType.SAVINGS, "Bo").build())
            .lead();
    Lead duplicate =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder("d", SourceKind.WEB_FORM, ProductType.SAVINGS, "Bo")
                    .email("bo@example.com")
                    .build())
            .lead();

    // when
    Lead merged = crm.leads().mergeInto(caller, duplicate.id(), 1, survivor.id());

    // then
    assertThat(merged.contact().email()).isEqualTo(duplicate.contact().email());
    Lead gone = crm.leads().get(caller, duplicate.id());
    assertThat(gone.status()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(gone)
        .isInstanceOfSatisfying(
            DisqualifiedLead.class,
            disqualified -> {
              assertThat(disqualified.mergedInto()).isEqualTo(survivor.id());
              assertThat(disqualified.reason()).isEqualTo(DisqualifiedLead.MERGED);
            });
  }

  @Test
  void lifecycle_illegalMove_isRefusedAndNothingChanges() {
    // given
    Lead lead = crm.leads().capture(caller, webLead("x").build()).lead();
    Lead contacted = crm.leads().markContacted(caller, lead.id(), 1);

    // when / then
    assertThatThrownBy(() -> crm.leads().markContacted(caller, lead.id(), contacted.version()))
        .isInstanceOf(IllegalLeadTransitionException.class)
        .hasMessageNotContaining("Grace");
    assertThatThrownBy(() -> crm.leads().qualify(caller, lead.id(), 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(crm.leads().find(caller, lead.id())).contains(contacted);
  }

  @Test
  void score_ruleSet_storesScoreModelAndReasons() {
    // given
    Lead lead = crm.leads().capture(caller, webLead("s1").build()).lead();
    ScoringRuleSet rules =
        new ScoringRuleSet(
            "2025-03",
            10,
            50,
            List.of(
                ScoringRule.points("interest", "MORTGAGE", 30),
                ScoringRule.points("hasPhone", "yes", 15)));

    // when
    Lead scored = crm.leads().score(caller, lead.id(), 1, rules);

    // then
    assertThat(scored.score().value()).isEqualTo(55);
    assertThat(scored.score().model()).isEqualTo("rules:2025-03");
    assertThat(scored.score().reasons())
        .containsExactly("interest=MORTGAGE +30", "hasPhone=yes +15");
    assertThat(rules.score(scored, scored.score().scoredAt())).isEqualTo(scored.score());
  }

  @Test
  void trainModel_history_learnsFromConvertedAndDisqualifiedLeads() {
    // given
    Lead won = qualified("w");
    crm.leads().convert(caller, ConvertLead.intoNewCustomer(won.id(), won.version(), "c-w"));
    Lead lost = crm.leads().capture(caller, webLead("l").build()).lead();
    crm.leads().disqualify(caller, lost.id(), 1, "no budget");
    crm.leads().capture(caller, webLead("open").build());

    // when
    NaiveBayesScorer model = crm.leads().trainModel(caller, "m1");

    // then
    assertThat(model.wonCount()).isEqualTo(1);
    assertThat(model.lostCount()).isEqualTo(1);
    assertThat(model.version()).isEqualTo("nb:m1:1/1");
  }

  @Test
  void assignAll_roundRobin_spreadsEvenlyAndRecordsRuleAndReason() {
    // given
    List<LeadId> ids = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      ids.add(crm.leads().capture(caller, webLead("rr-" + i).build()).lead().id());
    }
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(
                AssignmentRule.everyLead(
                    "all",
                    AssignmentStrategy.ROUND_ROBIN,
                    List.of(
                        Assignee.of(EmployeeId.of("a")),
                        Assignee.of(EmployeeId.of("b")),
                        Assignee.of(EmployeeId.of("c"))))));

    // when
    List<Lead> assigned = crm.leads().assignAll(caller, ids, engine);

    // then
    assertThat(assigned).hasSize(9);
    Map<EmployeeId, Long> open =
        storage.inTransaction(unit -> unit.leads().openLeadsByOwner(tenant));
    assertThat(open)
        .isEqualTo(Map.of(EmployeeId.of("a"), 3L, EmployeeId.of("b"), 3L, EmployeeId.of("c"), 3L));
    assertThat(assigned.get(0).assignment().rule()).isEqualTo("all");
    assertThat(assigned.get(0).assignment().reason()).isEqualTo("round robin 1/3");
  }

  @Test
  void convert_qualifiedReferral_createsCustomerLinksBothWaysAndCreditsReferrer() {
    // given
    Customer referrer = register("Referrer Person");
    Lead lead =
        crm.leads()
            .capture(
                caller,
                CaptureLead.builder(
                        "ref", SourceKind.CUSTOMER_REFERRAL, ProductType.MORTGAGE, "New Person")
                    .referredBy(referrer.id())
                    .email("new@example.com")
                    .build())
            .lead();
    Lead ready = crm.leads().qualify(caller, lead.id(), 1);
    collectEvents();

    // when
    Conversion result =
        crm.leads().convert(caller, ConvertLead.intoNewCustomer(ready.id(), 2, "conv-1"));

    // then
    assertThat(result).isInstanceOf(Conversion.Converted.class);
    Conversion.Converted converted = (Conversion.Converted) result;
    Customer customer = crm.customers().get(caller, converted.conversion().customer());
    assertThat(((Person) customer.party()).legalName()).isEqualTo("New Person");
    assertThat(converted.result().status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(converted.conversion().newCustomer()).isTrue();
    assertThat(converted.conversion().creditedCustomer()).isEqualTo(referrer.id());
    assertThat(received)
        .extracting(DomainEvent::type)
        .containsExactly("customer.registered", "lead.converted");
    assertThat(received.get(0).data()).containsEntry("leadId", lead.id().toString());
    assertThat(received.get(1).data())
        .containsEntry("customerId", customer.id().toString())
        .containsEntry("creditedCustomer", referrer.id().toString());
  }

  @Test
  void convert_twice_sameKeyReplaysOtherKeyIsRejected() {
    // given
    Lead lead = qualified("twice");
    Conversion first = crm.leads().convert(caller, ConvertLead.intoNewCustomer(lead.id(), 2, "k1"));
    long customers = customerCount();

    // when
    Conversion again = crm.leads().convert(caller, ConvertLead.intoNewCustomer(lead.id(), 2, "k1"));
    Conversion other = crm.leads().convert(caller, ConvertLead.intoNewCustomer(lead.id(), 2, "k2"));

    // then
    assertThat(again)
        .isEqualTo(new Conversion.Converted(((Conversion.Converted) first).result(), true));
    assertThat(other)
        .isEqualTo(
            new Conversion.Rejected(lead.id(), Conversion.RejectionReason.ALREADY_CONVERTED));
    assertThat(customerCount()).isEqualTo(customers);
  }

  @Test
  void convert_notQualified_isRejectedAndStoresNothing() {
    // given
    Lead lead = crm.leads().capture(caller, webLead("nq").build()).lead();

    // when
    Conversion result = crm.leads().convert(caller, ConvertLead.intoNewCustomer(lead.id(), 1, "k"));

    // then
    assertThat(result)
        .isEqualTo(new Conversion.Rejected(lead.id(), Conversion.RejectionReason.NOT_QUALIFIED));
    assertThat(customerCount()).isZero();
  }

  @Test
  void convert_linkedToExistingCustomer_attachesWithoutNewCustomer() {
    // given
    Customer ada = register(NAME);
    Lead lead = crm.leads().capture(caller, webLead("link").build()).lead();
    Lead linked = crm.leads().linkToCustomer(caller, lead.id(), 1, ada.id());
    Lead ready = crm.leads().qualify(caller, lead.id(), linked.version());

    // when
    Conversion result =
        crm.leads().convert(caller, ConvertLead.intoNewCustomer(lead.id(), ready.version(), "k"));

    // then
    Conversion.Converted converted = (Conversion.Converted) result;
    assertThat(converted.conversion().customer()).isEqualTo(ada.id());
    assertThat(converted.conversion().newCustomer()).isFalse();
    assertThat(customerCount()).isEqualTo(1);
  }

  @Test
  void leadAndCommand_toString_neverShowPersonalData() {
    // given
    CaptureLead command = webLead("p").build();

    // when
    Lead lead = crm.leads().capture(caller, command).lead();

    // then
    assertFreeOf(
        lead.toString() + command + auditEntries() + pendingEvents(),
        "Grace Hopper",
        "grace@example.com",
        "+442079460999",
        "1986-12-09",
        "EC1A 1BB");
  }
}
