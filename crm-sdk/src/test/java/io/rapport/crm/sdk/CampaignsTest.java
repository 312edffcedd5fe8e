package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.CampaignMetrics;
import io.rapport.crm.campaign.CampaignStateException;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.ContactDecision;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.party.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignsTest extends SdkFixture {
  private final Customer granted = tagged("Grace Granted");
  private final Customer withdrawn = tagged("Walt Withdrawn");
  private final Customer pending = tagged("Pat Pending");
  private final Customer never = tagged("Nell Never");

  private Customer tagged(String name) {
    return crm.customers().register(caller, RegisterCustomer.person(name).tag("spring").build());
  }

  private void consent(Customer customer, ConsentAction action) {
    crm.consents()
        .record(
            caller,
            RecordConsent.of(
                ConsentSubject.customer(customer.id()),
                ConsentPurpose.MARKETING,
                ConsentChannel.EMAIL,
                action,
                "web-form",
                "mkt-1"));
  }

  private PlanCampaign plan(Segment segment, String budget) {
    return new PlanCampaign(
        "Spring savings",
        "Open savings accounts",
        Set.of(CampaignChannel.EMAIL),
        ConsentPurpose.MARKETING,
        LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 4, 30),
        "EUR",
        new BigDecimal(budget),
        new BigDecimal("800"),
        new BigDecimal("5000"),
        new BigDecimal("0.05"),
        segment.id(),
        null);
  }

  private long leadCount() {
    return storage.inTransaction(unit -> unit.leads().count(tenant));
  }

  private Campaign launchedCampaign() {
    consent(granted, ConsentAction.GRANTED);
    consent(withdrawn, ConsentAction.GRANTED);
    consent(withdrawn, ConsentAction.WITHDRAWN);
    consent(pending, ConsentAction.REQUESTED);
    Segment segment = crm.segments().define(caller, "Spring", new Criterion.HasTag("spring"));
    Campaign campaign = crm.campaigns().plan(caller, plan(segment, "1000"));
    crm.campaigns().launch(caller, campaign.id());
    return campaign;
  }

  @Test
  void launch_mixedConsent_recordsConsentingMembersAndCountsTheRest() {
    // given
    collectEvents();
    consent(granted, ConsentAction.GRANTED);
    consent(withdrawn, ConsentAction.GRANTED);
    consent(withdrawn, ConsentAction.WITHDRAWN);
    consent(pending, ConsentAction.REQUESTED);
    Segment segment = crm.segments().define(caller, "Spring", new Criterion.HasTag("spring"));
    Campaign campaign = crm.campaigns().plan(caller, plan(segment, "1000"));

    // when
    LaunchResult result = crm.campaigns().launch(caller, campaign.id());

    // then
    assertThat(result.members()).isEqualTo(1);
    assertThat(result.excluded())
        .isEqualTo(
            Map.of(
                ConsentReason.WITHDRAWN, 1L,
                ConsentReason.PENDING_CONFIRMATION, 1L,
                ConsentReason.NEVER_ASKED, 1L));
    assertThat(crm.campaigns().get(caller, campaign.id()).status())
        .isEqualTo(CampaignStatus.ACTIVE);
    DomainEvent launched = received.get(received.size() - 1);
    assertThat(launched.type()).isEqualTo("campaign.launched");
    assertThat(launched.data())
        .containsEntry("excluded.WITHDRAWN", "1")
        .containsEntry("members", "1");
    assertThatThrownBy(() -> crm.campaigns().launch(caller, campaign.id()))
        .isInstanceOf(CampaignStateException.class);
  }

  @Test
  void track_unsubscribed_withdrawsConsentInTheSameUnit() {
    // given
    Campaign campaign = launchedCampaign();
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.SENT, null);
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.DELIVERED, null);

    // when
    CampaignMember member =
        crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.UNSUBSCRIBED, null);

    // then
    assertThat(member.status()).isEqualTo(MemberStatus.UNSUBSCRIBED);
    ContactDecision decision =
        crm.consents()
            .mayContact(
                caller,
                ConsentSubject.customer(granted.id()),
                ConsentPurpose.MARKETING,
                ConsentChannel.EMAIL,
                clock.instant());
    assertThat(decision.reason()).isEqualTo(ConsentReason.WITHDRAWN);
    assertThat(pendingEvents())
        .extracting(DomainEvent::type)
        .contains("campaignMember.unsubscribed", "consent.withdrawn");
  }

  @Test
  void metrics_afterConversionAndCosts_matchTheFormulas() {
    // given
    Campaign campaign = launchedCampaign();
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.SENT, null);
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.DELIVERED, null);
    crm.campaigns()
        .track(
            caller, campaign.id(), granted.id(), MemberStatus.CONVERTED, Money.of("1500", "EUR"));
    crm.campaigns()
        .recordCost(
            caller,
            campaign.id(),
            new CostLine(LocalDate.of(2025, 3, 2), Money.of("500", "EUR"), "E-mail platform"));
    crm.campaigns().close(caller, campaign.id(), CampaignStatus.COMPLETED);

    // when
    List<CampaignMetrics> metrics =
        crm.campaigns()
            .metrics(
                caller,
                List.of(campaign.id()),
                Map.of(campaign.id(), new AttributedOutcomes(2, 0, List.of())),
                ExchangeRates.none());

    // then: ROI = (1500 - 500) / 500
    CampaignMetrics only = metrics.get(0);
    assertThat(only.members()).isEqualTo(1);
    assertThat(only.conversionRate()).isEqualByComparingTo("1");
    assertThat(only.costPerLead()).isEqualTo(Money.of("250.00", "EUR"));
    assertThat(only.costPerAcquisition()).isEqualTo(Money.of("500.00", "EUR"));
    assertThat(only.roi()).isEqualByComparingTo("2");
  }

  @Test
  void plan_invalidCommand_listsEveryViolationAndStoresNothing() {
    // given
    Segment segment = crm.segments().define(caller, "Spring", new Criterion.HasTag("spring"));
    PlanCampaign invalid =
        new PlanCampaign(
            " ",
            "Objective",
            Set.of(),
            ConsentPurpose.MARKETING,
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 4, 30),
            "EURO",
            new BigDecimal("-1"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            new BigDecimal("1.5"),
            segment.id(),
            null);
    long entries = auditEntries().size();

    // when / then
    assertThatThrownBy(() -> crm.campaigns().plan(caller, invalid))
        .isInstanceOfSatisfying(
            CommandValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .contains("name", "channels", "currency", "budget", "expectedResponseRate"));
    assertThat(auditEntries()).hasSize((int) entries);
  }

  @Test
  void record_confirmationWithoutPendingRequest_isRefused() {
    assertThatThrownBy(() -> consent(never, ConsentAction.CONFIRMED))
        .isInstanceOfSatisfying(
            CommandValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::rule)
                    .containsExactly("PendingConfirmation"));
  }

  @Test
  void record_doubleOptInConfirmed_allowsContact() {
    // given
    consent(pending, ConsentAction.REQUESTED);

    // when
    consent(pending, ConsentAction.CONFIRMED);

    // then
    assertThat(
            crm.consents()
                .mayContact(
                    caller,
                    ConsentSubject.customer(pending.id()),
                    ConsentPurpose.MARKETING,
                    ConsentChannel.EMAIL,
                    clock.instant())
                .allowed())
        .isTrue();
  }

  @Test
  void respond_twice_capturesOneCampaignLeadLinkedToTheCustomer() {
    // given
    Campaign campaign = launchedCampaign();
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.SENT, null);
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.DELIVERED, null);

    // when
    Responded first =
        crm.campaigns().respond(caller, campaign.id(), granted.id(), ProductType.SAVINGS);
    Responded again =
        crm.campaigns().respond(caller, campaign.id(), granted.id(), ProductType.SAVINGS);

    // then
    assertThat(first.replayed()).isFalse();
    assertThat(first.member().status()).isEqualTo(MemberStatus.RESPONDED);
    Lead lead = first.lead();
    assertThat(lead.source()).isEqualTo(LeadSource.responseTo(campaign.id()));
    assertThat(lead.interest()).isEqualTo(ProductType.SAVINGS);
    assertThat(lead.linkedCustomer()).isEqualTo(granted.id());
    assertThat(again.replayed()).isTrue();
    assertThat(again.lead()).isEqualTo(lead);
    assertThat(leadCount()).isEqualTo(1);
    assertThat(pendingEvents())
        .extracting(DomainEvent::type)
        .containsSubsequence("campaignMember.responded", "lead.captured")
        .filteredOn("lead.captured"::equals)
        .hasSize(1);
  }

  @Test
  void respond_afterPlainTrackedResponse_capturesTheLeadWithoutMovingAgain() {
    // given
    Campaign campaign = launchedCampaign();
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.SENT, null);
    crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.DELIVERED, null);
    CampaignMember tracked =
        crm.campaigns().track(caller, campaign.id(), granted.id(), MemberStatus.RESPONDED, null);

    // when
    Responded responded =
        crm.campaigns().respond(caller, campaign.id(), granted.id(), ProductType.CREDIT_CARD);

    // then
    assertThat(responded.member()).isEqualTo(tracked);
    assertThat(responded.lead().source().campaign()).isEqualTo(campaign.id());
  }

  @Test
  void respond_notAMember_throwsAndCapturesNoLead() {
    // given
    Campaign campaign = launchedCampaign();

    // when / then
    assertThatThrownBy(
            () -> crm.campaigns().respond(caller, campaign.id(), never.id(), ProductType.SAVINGS))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(leadCount()).isZero();
  }
}
