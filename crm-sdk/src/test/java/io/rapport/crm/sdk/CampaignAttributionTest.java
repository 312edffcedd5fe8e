package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.campaign.AttributionModel;
import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMetrics;
import io.rapport.crm.campaign.CampaignStatus;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.Customer;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.PipelineDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Campaign metrics from stored attribution, golden values worked out by hand. Ada clicked campaign
 * A, then responded to B (which captured a lead for B), then opened a deal without a campaign won
 * at 1,000 USD (0.90 EUR per USD: 900 EUR) and a deal naming A won at 100 EUR. A cost 500 EUR, B
 * nothing, C was cancelled after costing 200 EUR and reached nobody.
 */
class CampaignAttributionTest extends SdkFixture {
  private static final LocalDate WON_ON = LocalDate.of(2025, 3, 10);
  private static final ExchangeRates RATES =
      ExchangeRates.dated().rate("USD", "EUR", LocalDate.of(2025, 1, 1), "0.90").build();

  private final Customer ada =
      crm.customers().register(caller, RegisterCustomer.person(NAME).tag("spring").build());
  private final Segment spring =
      crm.segments().define(caller, "Spring", new Criterion.HasTag("spring"));
  private final PipelineDefinition retail =
      crm.pipelines()
          .define(
              caller,
              DefinePipeline.named("Retail")
                  .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
                  .won("WON", "Won")
                  .lost("LOST", "Lost")
                  .build());
  private final Campaign a;
  private final Campaign b;
  private final Campaign c;

  CampaignAttributionTest() {
    crm.consents()
        .record(
            caller,
            RecordConsent.of(
                ConsentSubject.customer(ada.id()),
                ConsentPurpose.MARKETING,
                ConsentChannel.EMAIL,
                ConsentAction.GRANTED,
                "web-form",
                "mkt-1"));
    a = launched("A");
    b = launched("B");
    c = launched("C");
    crm.campaigns().recordCost(caller, a.id(), cost("500"));
    crm.campaigns().recordCost(caller, c.id(), cost("200"));
    crm.campaigns().close(caller, c.id(), CampaignStatus.CANCELLED);
    engaged(a);
    crm.campaigns().track(caller, a.id(), ada.id(), MemberStatus.CLICKED, null);
    engaged(b);
    crm.campaigns().respond(caller, b.id(), ada.id(), ProductType.MORTGAGE);
    won(null, "1000.00", "USD");
    won(a.id(), "100.00", "EUR");
  }

  private static CostLine cost(String eur) {
    return new CostLine(LocalDate.of(2025, 3, 2), Money.of(eur, "EUR"), "Media");
  }

  private Campaign launched(String name) {
    Campaign campaign =
        crm.campaigns()
            .plan(
                caller,
                new PlanCampaign(
                    name,
                    "Cross-sell",
                    Set.of(CampaignChannel.EMAIL),
                    ConsentPurpose.MARKETING,
                    LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 4, 30),
                    "EUR",
                    new BigDecimal("1000"),
                    new BigDecimal("500"),
                    new BigDecimal("5000"),
                    new BigDecimal("0.05"),
                    spring.id(),
                    null));
    crm.campaigns().launch(caller, campaign.id());
    return campaign;
  }

  private void engaged(Campaign campaign) {
    crm.campaigns().track(caller, campaign.id(), ada.id(), MemberStatus.SENT, null);
    crm.campaigns().track(caller, campaign.id(), ada.id(), MemberStatus.DELIVERED, null);
  }

  private void won(CampaignId campaign, String amount, String currency) {
    OpenOpportunity opened =
        crm.opportunities()
            .open(
                caller,
                NewOpportunity.in(retail.id(), ada.id(), ProductType.MORTGAGE)
                    .amount(amount, currency)
                    .closingOn(WON_ON)
                    .owner("rm-17")
                    .campaign(campaign)
                    .build());
    crm.opportunities().win(caller, WinOpportunity.of(opened.id(), 1, amount, currency, WON_ON));
  }

  private List<CampaignMetrics> metrics(AttributionModel model) {
    return crm.campaigns().metrics(caller, List.of(a.id(), b.id(), c.id()), model, RATES);
  }

  @Test
  void metrics_firstTouch_creditsTheClickAndTheExplicitCampaign() {
    // when
    List<CampaignMetrics> table = metrics(AttributionModel.FIRST_TOUCH);

    // then: A gets both wins, 900 + 100 EUR; ROI = (1000 - 500) / 500, cost counted once
    CampaignMetrics first = table.get(0);
    assertThat(first.acquisitions()).isEqualTo(2);
    assertThat(first.attributedRevenue()).isEqualTo(Money.of("1000.00", "EUR"));
    assertThat(first.actualCost()).isEqualTo(Money.of("500.00", "EUR"));
    assertThat(first.roi()).isEqualByComparingTo("1");
    assertThat(first.costPerAcquisition()).isEqualTo(Money.of("250.00", "EUR"));
    assertThat(first.leads()).isZero();
    assertThat(first.costPerLead()).isNull();
    // B: the response lead, no win, zero cost: ROI undefined, cost per lead zero
    CampaignMetrics second = table.get(1);
    assertThat(second.leads()).isEqualTo(1);
    assertThat(second.acquisitions()).isZero();
    assertThat(second.roi()).isNull();
    assertThat(second.costPerLead()).isEqualTo(Money.of("0.00", "EUR"));
  }

  @Test
  void metrics_lastTouch_movesTheUnnamedWinToTheLaterResponse() {
    // when
    List<CampaignMetrics> table = metrics(AttributionModel.LAST_TOUCH);

    // then: A keeps the deal naming it, ROI = (100 - 500) / 500; B gets 900 EUR at zero cost
    assertThat(table.get(0).acquisitions()).isEqualTo(1);
    assertThat(table.get(0).attributedRevenue()).isEqualTo(Money.of("100.00", "EUR"));
    assertThat(table.get(0).roi()).isEqualByComparingTo("-0.8");
    assertThat(table.get(1).acquisitions()).isEqualTo(1);
    assertThat(table.get(1).attributedRevenue()).isEqualTo(Money.of("900.00", "EUR"));
    assertThat(table.get(1).roi()).isNull();
  }

  @Test
  void metrics_cancelledWithoutResponses_countsItsCostAndLosesItAll() {
    // when
    CampaignMetrics cancelled = metrics(AttributionModel.FIRST_TOUCH).get(2);

    // then: ROI = (0 - 200) / 200; no delivery, so no rates
    assertThat(cancelled.actualCost()).isEqualTo(Money.of("200.00", "EUR"));
    assertThat(cancelled.attributedRevenue()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(cancelled.roi()).isEqualByComparingTo("-1");
    assertThat(cancelled.responseRate()).isNull();
    assertThat(cancelled.costPerResponse()).isNull();
  }

  @Test
  void metrics_wonInAnotherCurrencyWithoutRate_throwsInsteadOfSumming() {
    assertThatThrownBy(
            () ->
                crm.campaigns()
                    .metrics(
                        caller,
                        List.of(a.id()),
                        AttributionModel.FIRST_TOUCH,
                        ExchangeRates.none()))
        .isInstanceOf(MissingExchangeRateException.class);
  }
}
