package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.spi.HoldingRepository;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link HoldingRepository} over one {@link JdbcUnit}. The unique {@code (tenant_id, customer_id,
 * account_reference)} key refuses a second holding of a reference; the exception then names the
 * reference masked, never in full.
 */
final class JdbcHoldings implements HoldingRepository {
  private static final String TYPE = "holding";
  private static final String FIND =
      """
      SELECT %s FROM rapport_holding
      WHERE tenant_id = ? AND id = ?"""
          .formatted(HoldingRows.COLUMNS);
  private static final String FOR_CUSTOMER =
      """
      SELECT %s FROM rapport_holding
      WHERE tenant_id = ? AND customer_id = ?
      ORDER BY id"""
          .formatted(HoldingRows.COLUMNS);

  private final JdbcUnit unit;

  JdbcHoldings(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Holding holding) {
    unit.enter(tenant);
    Checks.notNull(holding, TYPE);
    insertAll(tenant, List.of(holding));
  }

  @Override
  public void insertAll(TenantId tenant, List<Holding> holdings) {
    Sql sql = unit.enter(tenant);
    List<Holding> rows = Checks.list(holdings, "holdings");
    Set<HoldingId> ids = new HashSet<>();
    Set<List<String>> references = new HashSet<>();
    for (Holding holding : rows) {
      HoldingRows.checkStorable(holding);
      if (!ids.add(holding.id())) {
        throw new DuplicateRecordException(TYPE, holding.id());
      }
      if (!references.add(HoldingConflicts.referenceKey(holding))) {
        // AccountReference.toString() is masked: the message holds no personal data.
        throw new DuplicateRecordException(TYPE, holding.accountReference());
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    refuseTakenReferenceOnMariaDb(sql, tenant, rows);
    sql.write(
        rows.size() == 1 ? "insert a holding" : "insert holdings",
        rows.size() > 1,
        () -> {
          sql.batch(HoldingRows.INSERT, rows, (p, h) -> HoldingRows.bindInsert(p, tenant, h));
          return null;
        },
        () -> HoldingConflicts.explain(sql, tenant, rows));
  }

  @Override
  public Holding update(TenantId tenant, Holding holding) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(holding, TYPE);
    HoldingRows.checkStorable(holding);
    refuseTakenReferenceOnMariaDb(sql, tenant, List.of(holding));
    long version = holding.version();
    Holding updated =
        new Holding(
            holding.id(),
            version + 1,
            holding.customer(),
            holding.productType(),
            holding.productName(),
            holding.accountReference(),
            holding.role(),
            holding.balance(),
            holding.openedOn(),
            holding.closedOn(),
            holding.asOf());
    return sql.write(
        "update a holding",
        false,
        () -> {
          if (sql.update(HoldingRows.UPDATE, p -> HoldingRows.bindUpdate(p, tenant, holding))
              == 0) {
            throw missingOrStale(sql, tenant, holding.id(), version);
          }
          return updated;
        },
        () -> new DuplicateRecordException(TYPE, holding.accountReference()),
        () -> new ConcurrentUpdateException(TYPE, holding.id(), version));
  }

  /**
   * On MariaDB, refuses a reference another holding of the customer has before writing: the MariaDB
   * driver logs every server error at WARN, and a duplicate-key error quotes the key, here the
   * account reference. The unique key still refuses what a concurrent unit slips in.
   */
  private static void refuseTakenReferenceOnMariaDb(Sql sql, TenantId tenant, List<Holding> rows) {
    if (sql.dialect() != Dialect.MARIADB) {
      return;
    }
    sql.read("check account references", () -> HoldingConflicts.takenReference(sql, tenant, rows))
        .ifPresent(
            reference -> {
              // AccountReference.toString() is masked: the message holds no personal data.
              throw new DuplicateRecordException(TYPE, reference);
            });
  }

  @Override
  public void delete(TenantId tenant, HoldingId id, long expectedVersion) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    sql.write(
        "delete a holding",
        false,
        () -> {
          if (sql.update(
                  "DELETE FROM rapport_holding WHERE tenant_id = ? AND id = ? AND version = ?",
                  p -> p.id(tenant).id(id).number(expectedVersion))
              == 0) {
            throw missingOrStale(sql, tenant, id, expectedVersion);
          }
          return null;
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, id, expectedVersion));
  }

  private static RuntimeException missingOrStale(
      Sql sql, TenantId tenant, HoldingId id, long expectedVersion) throws SQLException {
    return Versions.missingOrStale(
        sql,
        "rapport_holding",
        tenant,
        id,
        new RecordNotFoundException(TYPE, id),
        new ConcurrentUpdateException(TYPE, id, expectedVersion));
  }

  @Override
  public Optional<Holding> find(TenantId tenant, HoldingId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a holding", () -> sql.queryFirst(FIND, p -> p.id(tenant).id(id), HoldingRows::read));
  }

  @Override
  public List<Holding> forCustomer(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "find holdings of a customer",
        () -> sql.query(FOR_CUSTOMER, p -> p.id(tenant).id(customer), HoldingRows::read));
  }
}
