package io.rapport.crm.spi;

import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import java.util.List;
import java.util.Optional;

/** Relationships between customers of one tenant. Arguments must not be null. */
public interface RelationshipRepository {

  /**
   * Stores a new relationship.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the id is taken
   */
  void insert(TenantId tenant, Relationship relationship);

  /**
   * Stores many new relationships with batched writes: the number of round trips grows with the
   * number of relationships divided by the adapter's batch size, not with the number of
   * relationships. The default calls {@link #insert} once per relationship, in list order; adapters
   * override it. Thread-safety is that of the unit of work the repository belongs to.
   *
   * @param relationships the relationships to store, none null; an empty list stores nothing
   * @throws io.rapport.crm.common.DuplicateRecordException if an id is taken, by a stored
   *     relationship or by another one of the list; the unit of work then rolls back
   */
  default void insertAll(TenantId tenant, List<Relationship> relationships) {
    for (Relationship relationship : relationships) {
      insert(tenant, relationship);
    }
  }

  /**
   * Replaces a stored relationship read at {@code relationship.version()}; returns it with version
   * + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws RecordNotFoundException if there is no such relationship
   */
  Relationship update(TenantId tenant, Relationship relationship);

  /** The relationship with the id, if any. */
  Optional<Relationship> find(TenantId tenant, RelationshipId id);

  /**
   * The relationship with the id.
   *
   * @throws RecordNotFoundException if there is none
   */
  default Relationship get(TenantId tenant, RelationshipId id) {
    return find(tenant, id).orElseThrow(() -> new RecordNotFoundException("relationship", id));
  }

  /**
   * Every relationship, ended ones included, in which {@code customer} is either party, ordered by
   * id.
   */
  List<Relationship> forCustomer(TenantId tenant, CustomerId customer);
}
