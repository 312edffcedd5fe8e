package io.rapport.crm.campaign;

import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/**
 * The performance of one campaign in its own currency. Every amount is converted on its own day
 * with host-supplied rates (a missing rate throws, nothing is summed silently). Rates are ratios at
 * 4 decimals, half-even; per-unit costs are rounded half-even to the currency. A figure whose
 * denominator is zero is null ("not defined"), never zero or infinity.
 *
 * <ul>
 *   <li>{@code deliveryRate = delivered / sent}
 *   <li>{@code openRate = opened / delivered}, {@code clickRate = clicked / delivered}, {@code
 *       responseRate = responded / delivered}, {@code conversionRate = converted / delivered}
 *   <li>{@code actualCost = Σ cost lines} (each line once, whatever the number of wins)
 *   <li>{@code attributedRevenue = Σ conversion values of converted members + Σ attributed revenue}
 *   <li>{@code leads = attributed leads}; {@code acquisitions = converted members + attributed won
 *       opportunities}
 *   <li>{@code costPerResponse = actualCost / responded}, {@code costPerLead = actualCost / leads},
 *       {@code costPerAcquisition = actualCost / acquisitions}
 *   <li>{@code roi = (attributedRevenue − actualCost) / actualCost}
 * </ul>
 *
 * Cancelled campaigns are measured the same way: their costs count.
 */
public record CampaignMetrics(
    CampaignId campaign,
    Currency currency,
    long members,
    long sent,
    long delivered,
    long opened,
    long clicked,
    long responded,
    long unsubscribed,
    long converted,
    long leads,
    long acquisitions,
    Money actualCost,
    Money attributedRevenue,
    BigDecimal deliveryRate,
    BigDecimal openRate,
    BigDecimal clickRate,
    BigDecimal responseRate,
    BigDecimal conversionRate,
    Money costPerResponse,
    Money costPerLead,
    Money costPerAcquisition,
    BigDecimal roi) {

  /** Decimals of every ratio. */
  public static final int RATIO_SCALE = 4;

  /** Checks presence of the identifying fields and the money. */
  public CampaignMetrics {
    Checks.notNull(campaign, "campaign");
    Checks.notNull(currency, "currency");
    Checks.notNull(actualCost, "actualCost");
    Checks.notNull(attributedRevenue, "attributedRevenue");
  }

  /**
   * The metrics of {@code campaign} from its stored figures and the outcomes attributed from
   * outside, in the campaign's currency.
   *
   * @throws io.rapport.crm.common.MissingExchangeRateException if an amount in another currency has
   *     no rate for its day
   */
  public static CampaignMetrics of(
      Campaign campaign,
      CampaignFigures figures,
      AttributedOutcomes outcomes,
      ExchangeRates rates) {
    Checks.notNull(campaign, "campaign");
    Checks.notNull(figures, "figures");
    Checks.notNull(outcomes, "outcomes");
    Checks.notNull(rates, "rates");
    Checks.argument(
        campaign.id().equals(figures.campaign()), "figures", "figures of another campaign");
    Currency currency = campaign.currency();
    Money cost = sum(figures.costs(), currency, rates);
    Money revenue =
        sum(figures.conversionValues(), currency, rates)
            .plus(sum(outcomes.revenue(), currency, rates));
    long acquisitions = figures.converted() + outcomes.wonOpportunities();
    BigDecimal roi =
        cost.isZero()
            ? null
            : revenue
                .amount()
                .subtract(cost.amount())
                .divide(cost.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN);
    return new CampaignMetrics(
        campaign.id(),
        currency,
        figures.members(),
        figures.sent(),
        figures.delivered(),
        figures.opened(),
        figures.clicked(),
        figures.responded(),
        figures.unsubscribed(),
        figures.converted(),
        outcomes.leads(),
        acquisitions,
        cost,
        revenue,
        ratio(figures.delivered(), figures.sent()),
        ratio(figures.opened(), figures.delivered()),
        ratio(figures.clicked(), figures.delivered()),
        ratio(figures.responded(), figures.delivered()),
        ratio(figures.converted(), figures.delivered()),
        perUnit(cost, figures.responded()),
        perUnit(cost, outcomes.leads()),
        perUnit(cost, acquisitions),
        roi);
  }

  private static Money sum(List<DatedAmount> amounts, Currency currency, ExchangeRates rates) {
    Money total = Money.zero(currency);
    for (DatedAmount amount : amounts) {
      total = total.plus(rates.convert(amount.amount(), currency, amount.on()));
    }
    return total;
  }

  private static BigDecimal ratio(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(whole), RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  private static Money perUnit(Money cost, long units) {
    return units == 0
        ? null
        : Money.of(
            cost.amount().divide(BigDecimal.valueOf(units), 10, RoundingMode.HALF_EVEN),
            cost.currency(),
            RoundingMode.HALF_EVEN);
  }
}
