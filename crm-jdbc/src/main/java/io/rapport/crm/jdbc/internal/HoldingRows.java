package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;

/**
 * How a holding maps to its {@code rapport_holding} row. The balance is a {@code DECIMAL(24, 6)}
 * with its currency and its scale, so it reads back equal to what was written, also for currencies
 * without a fixed number of decimals.
 */
final class HoldingRows {
  static final int MAX_SCALE = 6;
  static final int MAX_INTEGER_DIGITS = 18;

  static final Table TABLE =
      Table.of(
          "rapport_holding",
          "tenant_id",
          "id",
          "version",
          "customer_id",
          "product_type",
          "product_name",
          "account_reference",
          "truncated_card",
          "holding_role",
          "balance_amount",
          "balance_scale",
          "balance_currency",
          "opened_on",
          "closed_on",
          "as_of");

  /** The columns {@link #read} reads. */
  static final String COLUMNS = TABLE.list("", "tenant_id");

  static final String INSERT = TABLE.insert();

  static final String UPDATE =
      """
      UPDATE rapport_holding SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id"));

  private HoldingRows() {}

  /**
   * Refuses a balance the column cannot hold exactly, before anything is written.
   *
   * @throws InvalidValueException if it has more than 6 decimals or 18 integer digits
   */
  static void checkStorable(Holding holding) {
    BigDecimal amount = holding.balance().amount();
    if (amount.scale() > MAX_SCALE || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          "balance",
          "balance must have at most "
              + MAX_INTEGER_DIGITS
              + " integer digits and "
              + MAX_SCALE
              + " decimals to be stored");
    }
  }

  static void bindInsert(Params params, TenantId tenant, Holding holding) throws SQLException {
    params.id(tenant).id(holding.id()).number(holding.version());
    bindValues(params, holding);
  }

  static void bindUpdate(Params params, TenantId tenant, Holding holding) throws SQLException {
    params.number(holding.version() + 1);
    bindValues(params, holding);
    params.id(tenant).id(holding.id()).number(holding.version());
  }

  private static void bindValues(Params params, Holding holding) throws SQLException {
    Money balance = holding.balance();
    params
        .id(holding.customer())
        .text(holding.productType().name())
        .text(holding.productName())
        .text(holding.accountReference().value())
        .flag(holding.accountReference().truncatedCard())
        .text(holding.role().name())
        .decimal(balance.amount())
        .number(balance.amount().scale())
        .text(balance.currency().getCurrencyCode())
        .date(holding.openedOn())
        .date(holding.closedOn())
        .instant(holding.asOf());
  }

  static Holding read(ResultSet row) throws SQLException {
    BigDecimal amount = row.getBigDecimal("balance_amount").setScale(row.getInt("balance_scale"));
    return new Holding(
        HoldingId.of(row.getString("id")),
        row.getLong("version"),
        CustomerId.of(row.getString("customer_id")),
        Columns.enumValue(row, "product_type", ProductType.class),
        row.getString("product_name"),
        new AccountReference(row.getString("account_reference"), row.getBoolean("truncated_card")),
        Columns.enumValue(row, "holding_role", HoldingRole.class),
        new Money(amount, Currency.getInstance(row.getString("balance_currency"))),
        Columns.date(row, "opened_on"),
        Columns.date(row, "closed_on"),
        Columns.instant(row, "as_of"));
  }
}
