package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.ConversionBuilder.aConversion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadProfile;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.LaunchPlan;
import io.rapport.crm.tck.internal.CampaignFixtures;
import io.rapport.crm.tck.internal.FinanceFixtures;
import io.rapport.crm.tck.internal.Fixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of the per-person reads a subject-access export makes: {@link
 * io.rapport.crm.spi.FinancialEventRepository#forCustomer} and {@link
 * io.rapport.crm.spi.AuditLog#forRecord(TenantId, String, String, long, int)} page by keyset, every
 * row once, in their documented order, one tenant only; {@link
 * io.rapport.crm.spi.LeadRepository#forCustomer} finds the leads converted to or linked to a
 * customer; {@link io.rapport.crm.spi.CampaignMemberRepository#forCustomer} every membership of a
 * customer; {@link io.rapport.crm.spi.SegmentRepository#listsHolding} the static lists holding a
 * customer, narrowed to them.
 */
public abstract class SubjectReadsContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();
  private final TenantId otherTenant = Fixtures.freshTenant();
  private final FinanceFixtures finance = new FinanceFixtures();
  private final CampaignFixtures campaigns = new CampaignFixtures(given);

  /** For subclasses binding the contract to an adapter. */
  protected SubjectReadsContract() {}

  /** The storage under test; may be shared by every test, which each use fresh tenants. */
  protected abstract CrmStorage storage();

  private List<FinancialEvent> allPages(TenantId owner, CustomerId customer, int limit) {
    List<FinancialEvent> all = new ArrayList<>();
    FinancialEvent after = null;
    while (true) {
      FinancialEvent from = after;
      List<FinancialEvent> page =
          storage()
              .inTransaction(tx -> tx.financialEvents().forCustomer(owner, customer, from, limit));
      assertThat(page.size()).isLessThanOrEqualTo(limit);
      all.addAll(page);
      if (page.size() < limit) {
        return all;
      }
      after = page.get(page.size() - 1);
    }
  }

  @Test
  @DisplayName("financialEvents.forCustomer: pages hold every event of the customer once, in order")
  void financialEventsForCustomer_pagedByThree_everyEventOnceInDayTypeKeyOrder() {
    // given: ten events of customer a on four days, others' events beside them
    CustomerId customer = FinanceFixtures.customer('a');
    List<FinancialEvent> mine = new ArrayList<>();
    String[] days = {"2025-03-01", "2025-01-31", "2025-02-28", "2025-01-31"};
    for (int i = 0; i < 10; i++) {
      String day = days[i % days.length];
      mine.add(
          i % 2 == 0
              ? finance.purchase(customer, day, i + ".50", "EUR")
              : finance.line(customer, ProductType.SAVINGS, LineKind.FEE, day, i + ".00", "EUR"));
    }
    List<FinancialEvent> others =
        List.of(
            finance.purchase(FinanceFixtures.customer('b'), "2025-01-31", "1.00", "EUR"),
            finance.purchase(FinanceFixtures.customer('c'), "2025-03-01", "2.00", "EUR"));
    storage()
        .inTransactionDo(
            tx -> {
              tx.financialEvents().storeNew(tenant, mine);
              tx.financialEvents().storeNew(tenant, others);
              tx.financialEvents().storeNew(otherTenant, mine);
            });

    // when
    List<FinancialEvent> read = allPages(tenant, customer, 3);

    // then
    Comparator<FinancialEvent> order =
        Comparator.comparing(FinancialEvent::day)
            .thenComparing(event -> event.type().name())
            .thenComparing(event -> event.key().value());
    assertThat(read).containsExactlyElementsOf(mine.stream().sorted(order).toList());
    assertThat(allPages(tenant, FinanceFixtures.customer('d'), 3)).isEmpty();
  }

  @Test
  @DisplayName("financialEvents.forCustomer: a limit out of 1..10000 is refused")
  void financialEventsForCustomer_limitOutOfRange_isRefused() {
    // when / then
    assertThatThrownBy(
            () ->
                storage()
                    .inTransaction(
                        tx ->
                            tx.financialEvents()
                                .forCustomer(tenant, FinanceFixtures.customer('a'), null, 0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("limit");
  }

  @Test
  @DisplayName("audit.forRecord paged: pages hold the record's entries once, in sequence order")
  void auditForRecordPaged_pagedByTwo_everyEntryOfTheRecordOnce() {
    // given: five entries about record x interleaved with entries about record y
    List<AuditDraft> drafts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      drafts.add(Fixtures.aDraft("x"));
      drafts.add(Fixtures.aDraft("y"));
    }
    storage()
        .inTransactionDo(
            tx -> {
              AuditHead head = tx.audit().lockHead(tenant);
              tx.audit().append(tenant, given.chain(head, drafts));
            });
    List<AuditEntry> expected =
        storage().inTransaction(tx -> tx.audit().forRecord(tenant, "customer", "x"));

    // when
    List<AuditEntry> read = new ArrayList<>();
    long after = 0;
    List<AuditEntry> page;
    do {
      long from = after;
      page = storage().inTransaction(tx -> tx.audit().forRecord(tenant, "customer", "x", from, 2));
      read.addAll(page);
      after = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
    } while (page.size() == 2);

    // then
    assertThat(expected).hasSize(5);
    assertThat(read).containsExactlyElementsOf(expected);
    List<AuditEntry> otherTenants =
        storage().inTransaction(tx -> tx.audit().forRecord(otherTenant, "customer", "x", 0, 10));
    assertThat(otherTenants).isEmpty();
  }

  @Test
  @DisplayName("leads.forCustomer: the leads converted to or linked to the customer, no others")
  void leadsForCustomer_convertedAndLinked_bothFoundOthersNot() {
    // given
    CustomerId customer = given.customerId();
    Lead converted =
        new ConvertedLead(
            new LeadId(given.nextUuid()),
            2,
            profile(null),
            aConversion()
                .intoExistingCustomer(customer)
                .openingOpportunity(new OpportunityId(given.nextUuid()))
                .withKey("convert-" + given.serial())
                .at(given.later())
                .build(),
            given.later());
    Lead linked =
        new OpenLead(
            new LeadId(given.nextUuid()), 1, LeadStatus.NEW, profile(customer), given.now());
    Lead unrelated =
        new OpenLead(new LeadId(given.nextUuid()), 1, LeadStatus.NEW, profile(null), given.now());
    storage()
        .inTransactionDo(tx -> tx.leads().insertAll(tenant, List.of(converted, linked, unrelated)));

    // when
    List<Lead> found = storage().inTransaction(tx -> tx.leads().forCustomer(tenant, customer));

    // then
    assertThat(found).containsExactlyInAnyOrder(converted, linked);
    assertThat(found).isSortedAccordingTo(Comparator.comparing(lead -> lead.id().toString()));
    List<Lead> otherTenants =
        storage().inTransaction(tx -> tx.leads().forCustomer(otherTenant, customer));
    assertThat(otherTenants).isEmpty();
  }

  private LeadProfile profile(CustomerId linkedCustomer) {
    return new LeadProfile(
        LeadSource.of(SourceKind.WEB_FORM, "form"),
        ProductType.MORTGAGE,
        LeadContact.named("Anna Lee").withEmail(EmailAddress.of("anna@example.com")),
        ConsentFlags.contactOnly(),
        "key-" + given.serial(),
        given.now(),
        BranchCode.of("LDN-01"),
        null,
        null,
        null,
        linkedCustomer);
  }

  @Test
  @DisplayName("campaignMembers.forCustomer: every membership of the customer, by campaign id")
  void campaignMembersForCustomer_twoCampaigns_bothMemberships() {
    // given: the customer and a neighbour consent and are targeted by two campaigns
    Customer customer = given.aMinimalPerson().toBuilder().tags(Set.of("subject")).build();
    Customer neighbour = given.aMinimalPerson().toBuilder().tags(Set.of("subject")).build();
    CampaignId first = new CampaignId(given.nextUuid());
    CampaignId second = new CampaignId(given.nextUuid());
    storage()
        .inTransactionDo(
            tx -> {
              tx.customers().insertAll(tenant, List.of(customer, neighbour));
              for (Customer each : List.of(customer, neighbour)) {
                tx.consents()
                    .append(
                        tenant,
                        campaigns.consent(
                            ConsentSubject.customer(each.id()),
                            ConsentPurpose.MARKETING,
                            ConsentChannel.EMAIL,
                            ConsentAction.GRANTED,
                            given.now(),
                            null));
              }
            });
    for (CampaignId campaign : List.of(first, second)) {
      LaunchPlan plan =
          new LaunchPlan(
              campaign,
              campaigns.segment(new Criterion.HasTag("subject")),
              ConsentPurpose.MARKETING,
              Set.of(ConsentChannel.EMAIL),
              given.later());
      storage().inTransactionDo(tx -> tx.campaignMembers().launch(tenant, plan));
    }

    // when
    List<CampaignMember> found =
        storage().inTransaction(tx -> tx.campaignMembers().forCustomer(tenant, customer.id()));

    // then
    assertThat(found).extracting(CampaignMember::customer).containsOnly(customer.id());
    assertThat(found)
        .extracting(CampaignMember::campaign)
        .containsExactlyElementsOf(
            List.of(first, second).stream()
                .sorted(Comparator.comparing(CampaignId::toString))
                .toList());
    List<CampaignMember> otherTenants =
        storage().inTransaction(tx -> tx.campaignMembers().forCustomer(otherTenant, customer.id()));
    assertThat(otherTenants).isEmpty();
  }

  @Test
  @DisplayName("segments.listsHolding: the static lists holding the customer, narrowed to them")
  void segmentsListsHolding_twoListsAndARuleSegment_listsNarrowedToTheCustomer() {
    // given
    CustomerId customer = given.customerId();
    CustomerId neighbour = given.customerId();
    Segment both = campaigns.list(Set.of(customer, neighbour));
    Segment others = campaigns.list(Set.of(neighbour));
    Segment mine = campaigns.list(Set.of(customer));
    Segment rules = campaigns.segment(new Criterion.HasTag("subject"));
    storage()
        .inTransactionDo(
            tx -> List.of(both, others, mine, rules).forEach(s -> tx.segments().insert(tenant, s)));

    // when
    List<Segment> found =
        storage().inTransaction(tx -> tx.segments().listsHolding(tenant, customer));

    // then
    assertThat(found)
        .extracting(Segment::id)
        .containsExactlyElementsOf(
            List.of(both.id(), mine.id()).stream()
                .sorted(Comparator.comparing(SegmentId::toString))
                .toList());
    assertThat(found).allSatisfy(list -> assertThat(list.list()).containsExactly(customer));
    Segment narrowed =
        found.stream().filter(s -> s.id().equals(both.id())).findFirst().orElseThrow();
    assertThat(narrowed.name()).isEqualTo(both.name());
    assertThat(narrowed.version()).isEqualTo(both.version());
    assertThat(narrowed.createdAt()).isEqualTo(both.createdAt());
    List<Segment> otherTenants =
        storage().inTransaction(tx -> tx.segments().listsHolding(otherTenant, customer));
    assertThat(otherTenants).isEmpty();
  }
}
