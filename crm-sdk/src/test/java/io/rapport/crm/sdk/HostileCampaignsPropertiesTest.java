package io.rapport.crm.sdk;

import io.rapport.crm.campaign.AttributedOutcomes;
import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives {@link Campaigns} (launch, cost, close, track, respond, metrics) and the look-ups of
 * {@link Consents} with missing arguments, unknown and foreign campaigns and customers, and
 * transitions the campaign's state forbids.
 */
class HostileCampaignsPropertiesTest extends HostileFixture {
  private static final CampaignId UNKNOWN = new CampaignId(new UUID(7, 7));
  private static final Money COST = Money.of("5.00", "EUR");
  private static final Map<CampaignId, AttributedOutcomes> NO_OUTCOMES = null;
  private static final LocalDate DAY = LocalDate.of(2025, 3, 2);

  private Customer ada;
  private Customer foreignCustomer;
  private Campaign planned;
  private Campaign foreign;

  @BeforeProperty
  void storedTargets() {
    ada = register(NAME);
    planned = plan(caller);
    foreign = plan(stranger);
    foreignCustomer = crm.customers().register(stranger, RegisterCustomer.person(NAME).build());
  }

  private Campaign plan(Caller who) {
    Segment segment = crm.segments().define(who, "Everyone", new Criterion.HasTag("vip"));
    return crm.campaigns()
        .plan(
            who,
            new PlanCampaign(
                "Spring",
                "Savers",
                Set.of(CampaignChannel.EMAIL),
                ConsentPurpose.MARKETING,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 30),
                "EUR",
                new BigDecimal("100.00"),
                new BigDecimal("50.00"),
                new BigDecimal("500.00"),
                new BigDecimal("0.05"),
                segment.id(),
                null));
  }

  @Property(tries = 80)
  void anyCampaignOrConsentCall_hostileArguments_refusedCleanly(@ForAll("listed") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Override
  Object stored() {
    return List.of(
        super.stored(),
        crm.campaigns().get(caller, planned.id()),
        crm.campaigns().get(stranger, foreign.id()),
        crm.consents().history(caller, ConsentSubject.customer(ada.id())));
  }

  @Provide
  Arbitrary<Hostile> listed() {
    return Arbitraries.of(listedCalls());
  }

  /** The fixed hostile calls; few enough that every one runs on each build. */
  private List<Hostile> listedCalls() {
    CustomerId unknownCustomer = new CustomerId(new UUID(7, 8));
    ExchangeRates none = ExchangeRates.none();
    return List.of(
        invalid("launch", Set.of("campaign"), () -> crm.campaigns().launch(caller, null)),
        invalid("launch", Set.of("caller"), () -> crm.campaigns().launch(null, planned.id())),
        refused("launch(unknown)", () -> crm.campaigns().launch(caller, UNKNOWN)),
        refused("launch(foreign)", () -> crm.campaigns().launch(caller, foreign.id())),
        invalid(
            "recordCost",
            Set.of("line"),
            () -> crm.campaigns().recordCost(caller, planned.id(), null)),
        invalid(
            "recordCost",
            Set.of("campaign"),
            () -> crm.campaigns().recordCost(caller, null, new CostLine(DAY, COST, "Media"))),
        refused(
            "recordCost(foreign)",
            () ->
                crm.campaigns().recordCost(caller, foreign.id(), new CostLine(DAY, COST, "Media"))),
        invalid("close", Set.of("target"), () -> crm.campaigns().close(caller, planned.id(), null)),
        refused(
            "close(to planned)",
            () -> crm.campaigns().close(caller, planned.id(), CampaignStatus.PLANNED)),
        refused(
            "close(to active)",
            () -> crm.campaigns().close(caller, planned.id(), CampaignStatus.ACTIVE)),
        refused(
            "close(foreign)",
            () -> crm.campaigns().close(caller, foreign.id(), CampaignStatus.CANCELLED)),
        invalid(
            "track",
            Set.of("customer"),
            () -> crm.campaigns().track(caller, planned.id(), null, MemberStatus.SENT, null)),
        invalid(
            "track",
            Set.of("status"),
            () -> crm.campaigns().track(caller, planned.id(), ada.id(), null, null)),
        refused(
            "track(foreign campaign)",
            () -> crm.campaigns().track(caller, foreign.id(), ada.id(), MemberStatus.SENT, null)),
        refused(
            "track(foreign customer)",
            () ->
                crm.campaigns()
                    .track(caller, planned.id(), foreignCustomer.id(), MemberStatus.SENT, null)),
        refused(
            "track(not launched)",
            () -> crm.campaigns().track(caller, planned.id(), ada.id(), MemberStatus.SENT, null)),
        invalid(
            "respond",
            Set.of("interest"),
            () -> crm.campaigns().respond(caller, planned.id(), ada.id(), null)),
        invalid(
            "respond",
            Set.of("campaign"),
            () -> crm.campaigns().respond(caller, null, ada.id(), ProductType.SAVINGS)),
        refused(
            "respond(unknown customer)",
            () ->
                crm.campaigns()
                    .respond(caller, planned.id(), unknownCustomer, ProductType.SAVINGS)),
        refused(
            "respond(foreign)",
            () -> crm.campaigns().respond(caller, foreign.id(), ada.id(), ProductType.SAVINGS)),
        invalid(
            "metrics",
            Set.of("campaigns"),
            () -> crm.campaigns().metrics(caller, null, AttributionModel.FIRST_TOUCH, none)),
        invalid(
            "metrics",
            Set.of("model"),
            () ->
                crm.campaigns()
                    .metrics(caller, List.of(planned.id()), (AttributionModel) null, none)),
        invalid(
            "metrics",
            Set.of("rates"),
            () ->
                crm.campaigns()
                    .metrics(
                        caller,
                        List.of(planned.id()),
                        AttributionModel.FIRST_TOUCH,
                        (ExchangeRates) null)),
        invalid(
            "metrics",
            Set.of("outcomes"),
            () -> crm.campaigns().metrics(caller, List.of(planned.id()), NO_OUTCOMES, none)),
        refused(
            "metrics(null id)",
            () ->
                crm.campaigns()
                    .metrics(
                        caller,
                        Arrays.asList(planned.id(), null),
                        AttributionModel.FIRST_TOUCH,
                        none)),
        refused(
            "metrics(foreign)",
            () ->
                crm.campaigns()
                    .metrics(caller, List.of(foreign.id()), AttributionModel.FIRST_TOUCH, none)),
        refused(
            "metrics(foreign outcomes)",
            () -> crm.campaigns().metrics(caller, List.of(foreign.id()), Map.of(), none)),
        invalid("get", Set.of("id"), () -> crm.campaigns().get(caller, null)),
        invalid(
            "mayContact",
            Set.of("subject"),
            () ->
                crm.consents()
                    .mayContact(
                        caller,
                        null,
                        ConsentPurpose.MARKETING,
                        ConsentChannel.EMAIL,
                        Instant.EPOCH)),
        invalid(
            "mayContact",
            Set.of("purpose"),
            () ->
                crm.consents()
                    .mayContact(
                        caller,
                        ConsentSubject.customer(ada.id()),
                        null,
                        ConsentChannel.EMAIL,
                        Instant.EPOCH)),
        invalid(
            "mayContact",
            Set.of("channel"),
            () ->
                crm.consents()
                    .mayContact(
                        caller,
                        ConsentSubject.customer(ada.id()),
                        ConsentPurpose.MARKETING,
                        null,
                        Instant.EPOCH)),
        invalid(
            "mayContact",
            Set.of("at"),
            () ->
                crm.consents()
                    .mayContact(
                        caller,
                        ConsentSubject.customer(ada.id()),
                        ConsentPurpose.MARKETING,
                        ConsentChannel.EMAIL,
                        null)),
        invalid(
            "mayContact",
            Set.of("caller"),
            () ->
                crm.consents()
                    .mayContact(
                        null,
                        ConsentSubject.customer(ada.id()),
                        ConsentPurpose.MARKETING,
                        ConsentChannel.EMAIL,
                        Instant.EPOCH)),
        query(
            "mayContact(foreign)",
            () ->
                crm.consents()
                    .mayContact(
                        caller,
                        ConsentSubject.customer(foreignCustomer.id()),
                        ConsentPurpose.MARKETING,
                        ConsentChannel.EMAIL,
                        Instant.EPOCH)),
        invalid("history", Set.of("subject"), () -> crm.consents().history(caller, null)),
        query(
            "history(unknown)",
            () -> crm.consents().history(caller, ConsentSubject.customer(unknownCustomer))));
  }
}
