package io.rapport.crm.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.MissingExchangeRateException;
import io.rapport.crm.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignMetricsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");
  private final CampaignId id = new CampaignId(new UUID(7, 7));

  private Campaign campaign(CampaignStatus status) {
    Money zero = Money.of("0", "EUR");
    Campaign planned =
        new Campaign(
            id,
            1,
            "Spring savings",
            "Grow deposits",
            Set.of(CampaignChannel.EMAIL),
            ConsentPurpose.MARKETING,
            DAY,
            DAY.plusDays(30),
            CampaignStatus.PLANNED,
            Money.of("5000", "EUR"),
            zero,
            zero,
            new BigDecimal("0.05"),
            new SegmentId(new UUID(8, 8)),
            null,
            List.of(),
            null,
            AT,
            AT);
    return switch (status) {
      case PLANNED -> planned;
      case ACTIVE -> planned.launch(AT);
      case COMPLETED -> planned.launch(AT).close(CampaignStatus.COMPLETED, AT);
      case CANCELLED -> planned.close(CampaignStatus.CANCELLED, AT);
    };
  }

  private CampaignFigures figures(
      long delivered,
      long responded,
      long converted,
      List<DatedAmount> values,
      List<DatedAmount> costs) {
    return new CampaignFigures(
        id,
        1000,
        1000,
        delivered,
        1000 - delivered,
        400,
        100,
        responded,
        5,
        converted,
        values,
        costs);
  }

  private static DatedAmount eur(String amount) {
    return new DatedAmount(DAY, Money.of(amount, "EUR"));
  }

  @Test
  void of_goldenValues_matchTheFormulas() {
    // given: 1,000 EUR cost, 3 conversions worth 2,500 EUR, 10 leads, 1 extra won deal of 500
    CampaignFigures figures =
        figures(800, 40, 3, List.of(eur("2500")), List.of(eur("600"), eur("400")));
    AttributedOutcomes outcomes = new AttributedOutcomes(10, 1, List.of(eur("500")));

    // when
    CampaignMetrics metrics =
        CampaignMetrics.of(
            campaign(CampaignStatus.ACTIVE), figures, outcomes, ExchangeRates.none());

    // then
    assertThat(metrics.actualCost()).isEqualTo(Money.of("1000.00", "EUR"));
    assertThat(metrics.attributedRevenue()).isEqualTo(Money.of("3000.00", "EUR"));
    assertThat(metrics.deliveryRate()).isEqualByComparingTo("0.8000");
    assertThat(metrics.openRate()).isEqualByComparingTo("0.5000");
    assertThat(metrics.clickRate()).isEqualByComparingTo("0.1250");
    assertThat(metrics.responseRate()).isEqualByComparingTo("0.0500");
    assertThat(metrics.conversionRate()).isEqualByComparingTo("0.0038");
    assertThat(metrics.costPerResponse()).isEqualTo(Money.of("25.00", "EUR"));
    assertThat(metrics.costPerLead()).isEqualTo(Money.of("100.00", "EUR"));
    assertThat(metrics.acquisitions()).isEqualTo(4);
    assertThat(metrics.costPerAcquisition()).isEqualTo(Money.of("250.00", "EUR"));
    assertThat(metrics.roi()).isEqualByComparingTo("2.0000");
  }

  @Test
  void of_zeroCost_hasNoRoiAndNoCostPerUnit() {
    // when
    CampaignMetrics metrics =
        CampaignMetrics.of(
            campaign(CampaignStatus.ACTIVE),
            figures(800, 40, 0, List.of(), List.of()),
            new AttributedOutcomes(0, 0, List.of()),
            ExchangeRates.none());

    // then
    assertThat(metrics.actualCost().isZero()).isTrue();
    assertThat(metrics.roi()).isNull();
    assertThat(metrics.costPerResponse()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(metrics.costPerLead()).isNull();
    assertThat(metrics.costPerAcquisition()).isNull();
  }

  @Test
  void of_noResponses_hasZeroResponseRateAndNoCostPerResponse() {
    // when
    CampaignMetrics metrics =
        CampaignMetrics.of(
            campaign(CampaignStatus.COMPLETED),
            figures(800, 0, 0, List.of(), List.of(eur("200"))),
            AttributedOutcomes.none(),
            ExchangeRates.none());

    // then: all cost, no return
    assertThat(metrics.responseRate()).isEqualByComparingTo("0");
    assertThat(metrics.costPerResponse()).isNull();
    assertThat(metrics.roi()).isEqualByComparingTo("-1.0000");
  }

  @Test
  void of_cancelledCampaignWithoutMembers_countsItsCosts() {
    // when
    CampaignMetrics metrics =
        CampaignMetrics.of(
            campaign(CampaignStatus.CANCELLED),
            new CampaignFigures(id, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(eur("150"))),
            AttributedOutcomes.none(),
            ExchangeRates.none());

    // then
    assertThat(metrics.members()).isZero();
    assertThat(metrics.deliveryRate()).isNull();
    assertThat(metrics.actualCost()).isEqualTo(Money.of("150.00", "EUR"));
    assertThat(metrics.roi()).isEqualByComparingTo("-1.0000");
  }

  @Test
  void of_otherCurrency_convertsAtTheRateOfEachDay() {
    // given: 100 USD on day 1 at 0.90, 100 USD on day 2 at 0.80
    ExchangeRates rates =
        ExchangeRates.dated()
            .rate("USD", "EUR", DAY, "0.90")
            .rate("USD", "EUR", DAY.plusDays(1), "0.80")
            .build();
    List<DatedAmount> costs =
        List.of(
            new DatedAmount(DAY, Money.of("100", "USD")),
            new DatedAmount(DAY.plusDays(1), Money.of("100", "USD")));

    // when
    CampaignMetrics metrics =
        CampaignMetrics.of(
            campaign(CampaignStatus.ACTIVE),
            figures(800, 10, 0, List.of(), costs),
            AttributedOutcomes.none(),
            rates);

    // then
    assertThat(metrics.actualCost()).isEqualTo(Money.of("170.00", "EUR"));
  }

  @Test
  void of_missingRate_throwsRatherThanSumming() {
    assertThatThrownBy(
            () ->
                CampaignMetrics.of(
                    campaign(CampaignStatus.ACTIVE),
                    figures(
                        1, 0, 0, List.of(), List.of(new DatedAmount(DAY, Money.of("1", "USD")))),
                    AttributedOutcomes.none(),
                    ExchangeRates.none()))
        .isInstanceOf(MissingExchangeRateException.class);
  }
}
