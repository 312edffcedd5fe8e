package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAnonymisation;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.spi.CampaignMemberKey;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.spi.RetentionCheckpoint;
import io.rapport.crm.spi.RetentionStore;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link RetentionStore}: each selection returns exactly the due records of the tenant
 * (closed customers and leads changed before the cutoff, members of campaigns ended before the
 * date, never anonymised leads), in key order, page by page after a key; member deletion deletes
 * exactly the keys given; pruning the audit chain removes exactly a prefix and anchors the rest;
 * checkpoints round trip, are replaced and cleared per record type; no other tenant's records are
 * ever seen.
 */
public abstract class RetentionContract {
  private static final Duration YEAR = Duration.ofDays(365);
  private final Fixtures given = Fixtures.forFreshTenant();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);
  private final TenantId tenant = given.tenant();
  private final Instant old = given.now();
  private final Instant cutoff = old.plus(YEAR);
  private final Instant recent = cutoff.plus(YEAR);

  /** For subclasses binding the contract to an adapter. */
  protected RetentionContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private <T> T retention(Function<RetentionStore, T> work) {
    return storage().inTransaction(unit -> work.apply(unit.retention()));
  }

  private Customer customer(CustomerStatus status, Instant changedAt) {
    Customer customer = given.aMinimalPerson();
    Customer stored =
        status == CustomerStatus.PROSPECT
            ? customer.toBuilder().updatedAt(changedAt).build()
            : customer.changeStatus(status, changedAt);
    storage().inTransactionDo(unit -> unit.customers().insert(tenant, stored));
    return stored;
  }

  private OpenLead aLead(Instant at) {
    int n = given.serial();
    return OpenLead.capture(
        new LeadId(given.nextUuid()),
        LeadSource.of(SourceKind.WEB_FORM, "mortgage-form"),
        ProductType.MORTGAGE,
        LeadContact.named("Anna Lee " + n).withEmail(EmailAddress.of("anna" + n + "@example.com")),
        ConsentFlags.contactOnly(),
        "form-" + n,
        BranchCode.of("LDN-01"),
        "mass-affluent",
        at);
  }

  private Lead store(Lead lead) {
    storage().inTransactionDo(unit -> unit.leads().insert(tenant, lead));
    return lead;
  }

  private static <T> List<T> sortedByText(List<T> values, Function<T, Object> id) {
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(v -> id.apply(v).toString()));
    return sorted;
  }

  @Test
  @DisplayName("closedCustomers: closed before the cutoff only, in id order, paged by key")
  void closedCustomers_mixedCustomers_returnsClosedBeforeCutoffInIdOrder() {
    // given
    List<Customer> due = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      due.add(customer(CustomerStatus.CLOSED, old));
    }
    customer(CustomerStatus.CLOSED, recent);
    customer(CustomerStatus.ACTIVE, old);
    List<CustomerId> expected =
        sortedByText(due.stream().map(Customer::id).toList(), CustomerId::value);

    // when
    List<CustomerId> all = retention(r -> r.closedCustomers(tenant, cutoff, null, 10));
    List<CustomerId> first = retention(r -> r.closedCustomers(tenant, cutoff, null, 2));
    List<CustomerId> rest =
        retention(r -> r.closedCustomers(tenant, cutoff, first.get(first.size() - 1), 2));

    // then
    assertThat(all).containsExactlyElementsOf(expected);
    assertThat(first).containsExactlyElementsOf(expected.subList(0, 2));
    assertThat(rest).containsExactly(expected.get(2));
  }

  @Test
  @DisplayName("leadsToAnonymise: due statuses changed before the cutoff, never anonymised ones")
  void leadsToAnonymise_mixedLeads_returnsDueNotAnonymisedInIdOrder() {
    // given
    Lead disqualifiedOld = store(aLead(old).disqualified("no need", old));
    Lead openOld = store(aLead(old));
    store(LeadAnonymisation.anonymise(aLead(old).disqualified("no need", old)));
    store(aLead(old).disqualified("no need", recent));
    store(aLead(recent));
    Lead secondDisqualified = store(aLead(old).disqualified("moved abroad", old));
    List<LeadId> expected =
        sortedByText(List.of(disqualifiedOld.id(), secondDisqualified.id()), LeadId::value);
    Set<LeadStatus> open = EnumSet.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED);
    Set<LeadStatus> disqualified = EnumSet.of(LeadStatus.DISQUALIFIED);

    // when
    List<LeadId> gone = retention(r -> r.leadsToAnonymise(tenant, disqualified, cutoff, null, 10));
    List<LeadId> first = retention(r -> r.leadsToAnonymise(tenant, disqualified, cutoff, null, 1));
    List<LeadId> next =
        retention(r -> r.leadsToAnonymise(tenant, disqualified, cutoff, first.get(0), 1));
    List<LeadId> cold = retention(r -> r.leadsToAnonymise(tenant, open, cutoff, null, 10));

    // then
    assertThat(gone).containsExactlyElementsOf(expected);
    assertThat(first).containsExactly(expected.get(0));
    assertThat(next).containsExactly(expected.get(1));
    assertThat(cold).containsExactly(openOld.id());
  }

  private CampaignId launchedCampaign(LocalDate endsOn, int members) {
    String tag = "target-" + given.serial();
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      customers.add(given.aMinimalPerson().toBuilder().tags(Set.of(tag)).build());
    }
    Campaign planned = campaigns.campaign(new SegmentId(given.nextUuid()));
    Campaign campaign =
        new Campaign(
            planned.id(),
            planned.version(),
            planned.name(),
            planned.objective(),
            planned.channels(),
            planned.purpose(),
            endsOn.minusDays(30),
            endsOn,
            planned.status(),
            planned.budget(),
            planned.expectedCost(),
            planned.expectedRevenue(),
            planned.expectedResponseRate(),
            planned.segment(),
            planned.parent(),
            planned.costLines(),
            planned.launchedAt(),
            planned.createdAt(),
            planned.updatedAt());
    storage()
        .inTransactionDo(
            unit -> {
              unit.customers().insertAll(tenant, customers);
              for (Customer customer : customers) {
                unit.consents()
                    .append(
                        tenant,
                        campaigns.consent(customer.id(), ConsentAction.GRANTED, given.now()));
              }
              unit.campaigns().insert(tenant, campaign);
              unit.campaignMembers()
                  .launch(
                      tenant,
                      new LaunchPlan(
                          campaign.id(),
                          campaigns.segment(new Criterion.HasTag(tag)),
                          ConsentPurpose.MARKETING,
                          Set.of(ConsentChannel.EMAIL),
                          given.now()));
            });
    return campaign.id();
  }

  private List<CampaignMember> members(CampaignId campaign) {
    return storage()
        .inTransaction(unit -> unit.campaignMembers().members(tenant, campaign, null, 100));
  }

  @Test
  @DisplayName("membersOfEndedCampaigns/deleteMembers: ended campaigns only, deleted exactly")
  void membersOfEndedCampaigns_endedAndRunning_selectsAndDeletesEndedOnly() {
    // given
    CampaignId ended = launchedCampaign(LocalDate.of(2025, 4, 30), 3);
    CampaignId running = launchedCampaign(LocalDate.of(2030, 4, 30), 1);
    LocalDate endedBefore = LocalDate.of(2025, 5, 1);

    // when
    List<CampaignMemberKey> all =
        retention(r -> r.membersOfEndedCampaigns(tenant, endedBefore, null, 10));
    List<CampaignMemberKey> first =
        retention(r -> r.membersOfEndedCampaigns(tenant, endedBefore, null, 2));
    List<CampaignMemberKey> rest =
        retention(r -> r.membersOfEndedCampaigns(tenant, endedBefore, first.get(1), 2));
    int deleted = retention(r -> r.deleteMembers(tenant, all));
    int again = retention(r -> r.deleteMembers(tenant, all));

    // then
    assertThat(all).hasSize(3).allMatch(key -> key.campaign().equals(ended));
    assertThat(all)
        .isSortedAccordingTo(Comparator.comparing(key -> key.customer().value().toString()));
    assertThat(first).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(rest).containsExactly(all.get(2));
    assertThat(deleted).isEqualTo(3);
    assertThat(again).isZero();
    assertThat(members(ended)).isEmpty();
    assertThat(members(running)).hasSize(1);
    assertThat(
            this.<List<CampaignMemberKey>>retention(
                r -> r.membersOfEndedCampaigns(tenant, endedBefore, null, 10)))
        .isEmpty();
  }

  @Test
  @DisplayName("checkpoint: round trips, is replaced and cleared, per record type")
  void checkpoint_savedReplacedCleared_readsBackExactly() {
    // given
    RetentionCheckpoint first =
        new RetentionCheckpoint(
            RetainedRecordType.DISQUALIFIED_LEAD, "run-1", old, "0193-key-a", 500, 1);
    RetentionCheckpoint second =
        new RetentionCheckpoint(
            RetainedRecordType.DISQUALIFIED_LEAD, "run-1", old, "0193-key-b", 1000, 2);
    RetentionCheckpoint members =
        new RetentionCheckpoint(RetainedRecordType.CAMPAIGN_MEMBER, "run-2", recent, "c/k", 3, 1);

    // when
    storage()
        .inTransactionDo(
            unit -> {
              unit.retention().saveCheckpoint(tenant, first);
              unit.retention().saveCheckpoint(tenant, members);
            });
    RetentionCheckpoint read =
        retention(r -> r.checkpoint(tenant, RetainedRecordType.DISQUALIFIED_LEAD)).orElseThrow();
    storage().inTransactionDo(unit -> unit.retention().saveCheckpoint(tenant, second));
    RetentionCheckpoint replaced =
        retention(r -> r.checkpoint(tenant, RetainedRecordType.DISQUALIFIED_LEAD)).orElseThrow();
    storage()
        .inTransactionDo(
            unit -> unit.retention().clearCheckpoint(tenant, RetainedRecordType.DISQUALIFIED_LEAD));

    // then
    assertThat(read).isEqualTo(first);
    assertThat(replaced).isEqualTo(second);
    assertThat(
            this.<Optional<RetentionCheckpoint>>retention(
                r -> r.checkpoint(tenant, RetainedRecordType.DISQUALIFIED_LEAD)))
        .isEmpty();
    assertThat(
            this.<Optional<RetentionCheckpoint>>retention(
                r -> r.checkpoint(tenant, RetainedRecordType.CAMPAIGN_MEMBER)))
        .contains(members);
  }

  @Test
  @DisplayName("tenants: another tenant's due records and checkpoints are never seen or touched")
  void everyOperation_otherTenant_seesAndTouchesNothing() {
    // given
    customer(CustomerStatus.CLOSED, old);
    store(aLead(old).disqualified("no need", old));
    CampaignId ended = launchedCampaign(LocalDate.of(2025, 4, 30), 2);
    List<CampaignMemberKey> keys =
        retention(r -> r.membersOfEndedCampaigns(tenant, LocalDate.of(2025, 5, 1), null, 10));
    storage()
        .inTransactionDo(
            unit ->
                unit.retention()
                    .saveCheckpoint(
                        tenant,
                        new RetentionCheckpoint(RetainedRecordType.AUDIT, "run", old, "k", 1, 1)));
    TenantId other = Fixtures.freshTenant();

    // when
    int deleted = retention(r -> r.deleteMembers(other, keys));
    storage()
        .inTransactionDo(unit -> unit.retention().clearCheckpoint(other, RetainedRecordType.AUDIT));

    // then
    assertThat(this.<List<CustomerId>>retention(r -> r.closedCustomers(other, cutoff, null, 10)))
        .isEmpty();
    assertThat(
            this.<List<LeadId>>retention(
                r -> r.leadsToAnonymise(other, EnumSet.allOf(LeadStatus.class), cutoff, null, 10)))
        .isEmpty();
    assertThat(
            this.<List<CampaignMemberKey>>retention(
                r -> r.membersOfEndedCampaigns(other, LocalDate.MAX, null, 10)))
        .isEmpty();
    assertThat(
            this.<Optional<RetentionCheckpoint>>retention(
                r -> r.checkpoint(other, RetainedRecordType.AUDIT)))
        .isEmpty();
    assertThat(deleted).isZero();
    assertThat(members(ended)).hasSize(2);
    assertThat(
            this.<Optional<RetentionCheckpoint>>retention(
                r -> r.checkpoint(tenant, RetainedRecordType.AUDIT)))
        .isPresent();
  }

  @Test
  @DisplayName("limit: 0 is refused naming the limit")
  void closedCustomers_zeroLimit_isRejected() {
    // when / then
    assertThatThrownBy(() -> retention(r -> r.closedCustomers(tenant, cutoff, null, 0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("limit");
  }

  private List<AuditEntry> appendAudit(int count) {
    List<AuditDraft> drafts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      drafts.add(Fixtures.aDraft("record-" + i));
    }
    return storage()
        .inTransaction(
            unit -> {
              List<AuditEntry> entries = given.chain(unit.audit().lockHead(tenant), drafts);
              unit.audit().append(tenant, entries);
              return entries;
            });
  }

  @Test
  @DisplayName("pruneAudit: removes a prefix, anchors the chain at its last entry, keeps the rest")
  void pruneAudit_prefixOfFive_removesThreeAndAnchorsAtTheThird() {
    // given
    List<AuditEntry> entries = appendAudit(5);
    AuditEntry third = entries.get(2);

    // when
    int removed =
        storage()
            .inTransaction(
                unit -> {
                  unit.audit().lockHead(tenant);
                  return unit.retention().pruneAudit(tenant, 3);
                });

    // then
    assertThat(removed).isEqualTo(3);
    AuditHead anchor = retention(r -> r.auditAnchor(tenant));
    assertThat(anchor).isEqualTo(new AuditHead(3, third.hash()));
    List<AuditEntry> left = storage().inTransaction(unit -> unit.audit().read(tenant, 1, 100));
    assertThat(left).containsExactlyElementsOf(entries.subList(3, 5));
    List<AuditEntry> ofFirst =
        storage().inTransaction(unit -> unit.audit().forRecord(tenant, "customer", "record-0"));
    assertThat(ofFirst).isEmpty();
    AuditHead head = storage().inTransaction(unit -> unit.audit().head(tenant));
    assertThat(AuditChain.verify(left.iterator(), head, anchor).intact()).isTrue();
    assertThat(AuditChain.verify(left.iterator(), head).intact()).isFalse();
    AuditHead otherAnchor = retention(r -> r.auditAnchor(Fixtures.freshTenant()));
    assertThat(otherAnchor).isEqualTo(AuditHead.EMPTY);
  }

  @Test
  @DisplayName("pruneAudit: a sequence at or before the anchor, or past the head, is refused")
  void pruneAudit_notAfterTheAnchorOrPastTheHead_isRejected() {
    // given
    appendAudit(3);
    storage()
        .inTransactionDo(
            unit -> {
              unit.audit().lockHead(tenant);
              unit.retention().pruneAudit(tenant, 2);
            });

    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        unit -> {
                          unit.audit().lockHead(tenant);
                          unit.retention().pruneAudit(tenant, 2);
                        }))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("throughSequence");
    assertThatThrownBy(
            () ->
                storage()
                    .inTransactionDo(
                        unit -> {
                          unit.audit().lockHead(tenant);
                          unit.retention().pruneAudit(tenant, 4);
                        }))
        .isInstanceOf(InvalidValueException.class);
    List<AuditEntry> left = storage().inTransaction(unit -> unit.audit().read(tenant, 1, 10));
    assertThat(left).hasSize(1);
  }
}
