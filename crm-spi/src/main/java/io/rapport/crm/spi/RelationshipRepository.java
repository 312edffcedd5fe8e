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
