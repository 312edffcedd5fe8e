package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.finance.ExternalKey;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.FinancialEventType;
import io.rapport.crm.finance.FinancialLine;
import io.rapport.crm.finance.LineKind;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.party.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;

/**
 * How a financial event maps to its {@code rapport_financial_event} row. Amounts are stored as
 * {@code DECIMAL(24, 6)} and read back at their currency's scale (finance events only use
 * currencies with a fixed number of decimals, at most 18 integer digits).
 */
final class FinancialEventRows {
  static final Table TABLE =
      Table.of(
          "rapport_financial_event",
          "tenant_id",
          "event_type",
          "external_key",
          "customer_id",
          "product_type",
          "line_kind",
          "event_day",
          "amount",
          "currency");

  /** The columns {@link #read} reads. */
  static final String COLUMNS = TABLE.list("", "tenant_id");

  static final String INSERT = TABLE.insert();

  private FinancialEventRows() {}

  static void bindInsert(Params params, TenantId tenant, FinancialEvent event) throws SQLException {
    ProductType product = event instanceof FinancialLine line ? line.product() : null;
    LineKind kind = event instanceof FinancialLine line ? line.kind() : null;
    params
        .id(tenant)
        .text(event.type().name())
        .text(event.key().value())
        .id(event.customer())
        .text(product == null ? null : product.name())
        .text(kind == null ? null : kind.name())
        .date(event.day())
        .decimal(event.amount().amount())
        .text(event.amount().currency().getCurrencyCode());
  }

  static FinancialEvent read(ResultSet row) throws SQLException {
    FinancialEventType type = Columns.enumValue(row, "event_type", FinancialEventType.class);
    ExternalKey key = new ExternalKey(row.getString("external_key"));
    CustomerId customer = CustomerId.of(row.getString("customer_id"));
    Currency currency = Currency.getInstance(row.getString("currency"));
    Money amount = money(row.getBigDecimal("amount"), currency);
    if (type == FinancialEventType.PURCHASE) {
      return new Purchase(key, customer, Columns.date(row, "event_day"), amount);
    }
    String product = row.getString("product_type");
    return new FinancialLine(
        key,
        customer,
        product == null ? null : ProductType.valueOf(product),
        Columns.enumValue(row, "line_kind", LineKind.class),
        Columns.date(row, "event_day"),
        amount);
  }

  /** A stored or summed amount at its currency's scale (exact: every part had that scale). */
  static Money money(BigDecimal amount, Currency currency) {
    return new Money(
        amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY), currency);
  }
}
