package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.spi.HoldingRepository;
import java.util.List;
import java.util.Optional;

/** {@link HoldingRepository} over one {@link Unit}. */
final class InMemoryHoldings implements HoldingRepository {
  private static final String TYPE = "holding";
  private final Unit unit;

  InMemoryHoldings(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Holding holding) {
    unit.enter(tenant);
    Checks.notNull(holding, TYPE);
    if (unit.holdingRows.contains(tenant, holding.id())) {
      throw new DuplicateRecordException(TYPE, holding.id());
    }
    checkAccountReference(tenant, holding);
    unit.holdingRows.put(tenant, holding.id(), holding);
  }

  @Override
  public void insertAll(TenantId tenant, List<Holding> holdings) {
    unit.enter(tenant);
    for (Holding holding : Checks.list(holdings, "holdings")) {
      insert(tenant, holding);
    }
  }

  @Override
  public Holding update(TenantId tenant, Holding holding) {
    unit.enter(tenant);
    Checks.notNull(holding, TYPE);
    Holding stored = checkVersion(tenant, holding.id(), holding.version());
    if (!stored.customer().equals(holding.customer())
        || !stored.accountReference().equals(holding.accountReference())) {
      checkAccountReference(tenant, holding);
    }
    Holding updated =
        new Holding(
            holding.id(),
            holding.version() + 1,
            holding.customer(),
            holding.productType(),
            holding.productName(),
            holding.accountReference(),
            holding.role(),
            holding.balance(),
            holding.openedOn(),
            holding.closedOn(),
            holding.asOf());
    unit.holdingRows.put(tenant, updated.id(), updated);
    return updated;
  }

  @Override
  public void delete(TenantId tenant, HoldingId id, long expectedVersion) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    checkVersion(tenant, id, expectedVersion);
    unit.holdingRows.remove(tenant, id);
  }

  private Holding checkVersion(TenantId tenant, HoldingId id, long expectedVersion) {
    Holding stored = unit.holdingRows.get(tenant, id);
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, id);
    }
    if (stored.version() != expectedVersion) {
      throw new ConcurrentUpdateException(TYPE, id, expectedVersion);
    }
    return stored;
  }

  /** Refuses a second holding of the same account reference by the same customer. */
  private void checkAccountReference(TenantId tenant, Holding holding) {
    boolean taken =
        unit.holdingRows.values(tenant).stream()
            .anyMatch(
                other ->
                    !other.id().equals(holding.id())
                        && other.customer().equals(holding.customer())
                        && other.accountReference().equals(holding.accountReference()));
    if (taken) {
      // The reference's toString() is masked, so the message holds no personal data.
      throw new DuplicateRecordException(TYPE, holding.accountReference());
    }
  }

  @Override
  public Optional<Holding> find(TenantId tenant, HoldingId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.holdingRows.get(tenant, id));
  }

  @Override
  public List<Holding> forCustomer(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.holdingRows.values(tenant).stream()
        .filter(holding -> holding.customer().equals(customer))
        .sorted(Ordering.byId(Holding::id))
        .toList();
  }
}
