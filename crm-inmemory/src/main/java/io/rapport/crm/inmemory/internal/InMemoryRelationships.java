package io.rapport.crm.inmemory.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.spi.RelationshipRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link RelationshipRepository} over one {@link Unit}. */
final class InMemoryRelationships implements RelationshipRepository {
  private static final String TYPE = "relationship";
  private final Unit unit;

  InMemoryRelationships(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Relationship relationship) {
    unit.enter(tenant);
    Checks.notNull(relationship, TYPE);
    if (unit.relationshipRows.contains(tenant, relationship.id())) {
      throw new DuplicateRecordException(TYPE, relationship.id());
    }
    unit.relationshipRows.put(tenant, relationship.id(), relationship);
  }

  /** Checks every relationship first, so a refused batch writes nothing. */
  @Override
  public void insertAll(TenantId tenant, List<Relationship> relationships) {
    unit.enter(tenant);
    List<Relationship> rows = Checks.list(relationships, "relationships");
    Set<RelationshipId> ids = new HashSet<>();
    for (Relationship relationship : rows) {
      if (!ids.add(relationship.id())
          || unit.relationshipRows.contains(tenant, relationship.id())) {
        throw new DuplicateRecordException(TYPE, relationship.id());
      }
    }
    for (Relationship relationship : rows) {
      unit.relationshipRows.put(tenant, relationship.id(), relationship);
    }
  }

  @Override
  public Relationship update(TenantId tenant, Relationship relationship) {
    unit.enter(tenant);
    Checks.notNull(relationship, TYPE);
    Relationship stored = unit.relationshipRows.get(tenant, relationship.id());
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, relationship.id());
    }
    if (stored.version() != relationship.version()) {
      throw new ConcurrentUpdateException(TYPE, relationship.id(), relationship.version());
    }
    Relationship updated =
        new Relationship(
            relationship.id(),
            relationship.version() + 1,
            relationship.from(),
            relationship.to(),
            relationship.type(),
            relationship.validFrom(),
            relationship.validThru());
    unit.relationshipRows.put(tenant, updated.id(), updated);
    return updated;
  }

  @Override
  public Optional<Relationship> find(TenantId tenant, RelationshipId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.relationshipRows.get(tenant, id));
  }

  @Override
  public List<Relationship> forCustomer(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.relationshipRows.values(tenant).stream()
        .filter(relationship -> relationship.involves(customer))
        .sorted(Ordering.byId(Relationship::id))
        .toList();
  }
}
