package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.CustomerTenure;
import io.rapport.crm.analytics.Kpis;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.sdk.KpiReport;
import io.rapport.crm.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Computes a {@link KpiReport} in one unit of work. */
final class KpiReader {
  private KpiReader() {}

  /** What the host supplies. */
  record Inputs(
      ReportingPeriod period,
      Currency currency,
      ExchangeRates rates,
      List<CampaignId> campaigns,
      Money salesCosts,
      List<Integer> feedbackScores,
      int satisfiedFrom) {}

  static KpiReport read(UnitOfWork unit, TenantId tenant, TenantTenures tenures, Inputs in) {
    ReportingPeriod period = in.period();
    LocalDate dayBefore = period.from().minusDays(1);
    int atStart = 0;
    int atEnd = 0;
    int acquired = 0;
    int acquiredAndStaying = 0;
    for (CustomerTenure tenure : tenures.tenures()) {
      boolean active = TenantTenures.activeOn(tenure, period.to());
      atStart += TenantTenures.activeOn(tenure, dayBefore) ? 1 : 0;
      atEnd += active ? 1 : 0;
      if (period.contains(tenure.acquired())) {
        acquired++;
        acquiredAndStaying += active ? 1 : 0;
      }
    }
    Money acquisitionSpend = in.salesCosts();
    acquisitionSpend = in.rates().convert(acquisitionSpend, in.currency(), period.to());
    for (CampaignId campaign : in.campaigns()) {
      for (CostLine line : unit.campaigns().get(tenant, campaign).costLines()) {
        if (period.contains(line.spentOn())) {
          acquisitionSpend =
              acquisitionSpend.plus(in.rates().convert(line.amount(), in.currency(), period.to()));
        }
      }
    }
    Money[] revenue = {Money.zero(in.currency())};
    unit.customerFinance()
        .lineTotals(
            tenant,
            period,
            total -> {
              if (total.kind().type() == FinancialEventType.REVENUE) {
                revenue[0] =
                    revenue[0].plus(in.rates().convert(total.total(), in.currency(), period.to()));
              }
            });
    Money zero = Money.zero(in.currency());
    int newCustomers = acquired;
    int staying = acquiredAndStaying;
    int end = atEnd;
    return new KpiReport(
        period,
        atStart,
        atEnd,
        acquired,
        acquired == 0
            ? Optional.empty()
            : Optional.of(Kpis.acquisitionCost(acquisitionSpend, zero, newCustomers)),
        atStart == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(Kpis.retentionRate(atStart, end, staying)),
        Kpis.productsPerCustomer(tenures.openProducts(period.to())),
        atEnd == 0
            ? Optional.empty()
            : Optional.of(Kpis.averageRevenuePerCustomer(revenue[0], end)),
        in.feedbackScores().isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(Kpis.csat(in.feedbackScores(), in.satisfiedFrom())),
        in.feedbackScores().isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(Kpis.nps(in.feedbackScores())));
  }
}
