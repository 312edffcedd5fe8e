package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.Activity;
import io.rapport.crm.analytics.CustomerProfit;
import io.rapport.crm.analytics.ProfitLine;
import io.rapport.crm.analytics.Profitability;
import io.rapport.crm.analytics.WhalePoint;
import io.rapport.crm.common.ExchangeRates;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.LineTotal;
import io.rapport.crm.finance.ReportingPeriod;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.sdk.ProfitabilityReport;
import io.rapport.crm.spi.UnitOfWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds a {@link ProfitabilityReport} from the stored line totals in one unit of work. */
final class ProfitabilityReader {
  /** The product key of lines booked on the customer rather than on a product. */
  static final String CUSTOMER_LEVEL = "CUSTOMER";

  private ProfitabilityReader() {}

  static ProfitabilityReport read(
      UnitOfWork unit,
      TenantId tenant,
      ReportingPeriod period,
      Currency currency,
      ExchangeRates rates,
      List<Activity> activities,
      Map<String, Money> unitCosts) {
    List<ProfitLine> lines = new ArrayList<>();
    Set<CustomerId> customers = new LinkedHashSet<>();
    unit.customerFinance()
        .lineTotals(
            tenant,
            period,
            total -> {
              lines.add(profitLine(total, rates.convert(total.total(), currency, period.to())));
              customers.add(total.customer());
            });
    activities.forEach(activity -> customers.add(activity.customer()));
    List<CustomerProfit> perCustomer =
        Profitability.perCustomer(currency, lines, activities, unitCosts);
    List<CustomerProfit> perProduct =
        Profitability.perProduct(currency, lines, activities, unitCosts);
    Map<CustomerId, String> householdOf = new LinkedHashMap<>();
    for (CustomerId customer : customers) {
      primaryHousehold(unit.households().forMember(tenant, customer), customer)
          .ifPresent(household -> householdOf.put(customer, household));
    }
    List<CustomerProfit> households = Profitability.perGroup(perCustomer, householdOf);
    return new ProfitabilityReport(
        currency,
        perCustomer,
        perProduct,
        households,
        whaleCurve(perCustomer),
        perCustomer.isEmpty() ? List.of() : Profitability.deciles(perCustomer));
  }

  private static ProfitLine profitLine(LineTotal total, Money converted) {
    String product = total.product() == null ? CUSTOMER_LEVEL : total.product().name();
    if (total.kind().type() == FinancialEventType.REVENUE && !converted.isNegative()) {
      return ProfitLine.revenue(total.customer(), product, converted);
    }
    // a cost line, or a negative net interest margin: it lowers the profit as a direct cost
    return ProfitLine.directCost(total.customer(), product, abs(converted));
  }

  private static Money abs(Money money) {
    return money.isNegative() ? money.negate() : money;
  }

  private static List<WhalePoint> whaleCurve(List<CustomerProfit> perCustomer) {
    BigDecimal total =
        perCustomer.stream().map(p -> p.profit().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return total.signum() > 0 ? Profitability.whaleCurve(perCustomer) : List.of();
  }

  private static Optional<String> primaryHousehold(
      List<Household> households, CustomerId customer) {
    for (Household household : households) {
      boolean primary =
          household.members().stream()
              .anyMatch(m -> m.customer().equals(customer) && m.primaryHousehold());
      if (primary) {
        return Optional.of(household.id().toString());
      }
    }
    return households.stream().findFirst().map(h -> h.id().toString());
  }
}
