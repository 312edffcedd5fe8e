package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.spi.CustomerTenureFacts;
import io.rapport.crm.spi.CustomerTenureQueries;
import io.rapport.crm.spi.HeldProduct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link CustomerTenureQueries} over one {@link JdbcUnit}: one statement, customers left-joined
 * with their holdings in customer id order, folded into one {@link CustomerTenureFacts} per
 * customer as the rows stream in.
 */
final class JdbcCustomerTenures implements CustomerTenureQueries {
  private static final String FACTS =
      """
      SELECT c.id, c.created_at, c.status, c.updated_at,
             h.product_type, h.opened_on, h.closed_on
      FROM rapport_customer c
      LEFT JOIN rapport_holding h ON h.tenant_id = c.tenant_id AND h.customer_id = c.id
      WHERE c.tenant_id = ?
      ORDER BY c.id""";

  private final JdbcUnit unit;

  JdbcCustomerTenures(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void tenureFacts(TenantId tenant, Consumer<? super CustomerTenureFacts> sink) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(sink, "sink");
    Fold fold = new Fold(sink);
    sql.read(
        "read customer tenures",
        () -> {
          sql.stream(
              FACTS,
              p -> p.id(tenant),
              JdbcCustomerFinance.FETCH_SIZE,
              row -> {
                String id = row.getString("id");
                if (!id.equals(fold.id)) {
                  fold.flush();
                  fold.id = id;
                  fold.registeredAt = Columns.instant(row, "created_at");
                  fold.status = Columns.enumValue(row, "status", CustomerStatus.class);
                  fold.lastChangedAt = Columns.instant(row, "updated_at");
                }
                String product = row.getString("product_type");
                if (product != null) {
                  fold.products.add(
                      new HeldProduct(
                          ProductType.valueOf(product),
                          Columns.date(row, "opened_on"),
                          Columns.date(row, "closed_on")));
                }
              });
          return null;
        });
    fold.flush();
  }

  /** The customer whose rows are streaming in. */
  private static final class Fold {
    private final Consumer<? super CustomerTenureFacts> sink;
    private String id;
    private Instant registeredAt;
    private CustomerStatus status;
    private Instant lastChangedAt;
    private final List<HeldProduct> products = new ArrayList<>();

    Fold(Consumer<? super CustomerTenureFacts> sink) {
      this.sink = sink;
    }

    void flush() {
      if (id != null) {
        sink.accept(
            new CustomerTenureFacts(
                CustomerId.of(id), registeredAt, status, lastChangedAt, List.copyOf(products)));
        products.clear();
        id = null;
      }
    }
  }
}
