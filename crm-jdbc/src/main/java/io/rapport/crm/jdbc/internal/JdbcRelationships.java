package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import io.rapport.crm.spi.RelationshipRepository;
import io.rapport.crm.spi.StorageException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RelationshipRepository} over one {@link JdbcUnit}; one statement per call, except {@link
 * #insertAll}, which sends ceil(n / batch size) batches.
 */
final class JdbcRelationships implements RelationshipRepository {
  private static final String TYPE = "relationship";
  private static final Table TABLE =
      Table.of(
          "rapport_relationship",
          "tenant_id",
          "id",
          "version",
          "from_customer_id",
          "to_customer_id",
          "relationship_type",
          "valid_from",
          "valid_thru");
  private static final String COLUMNS = TABLE.list("", "tenant_id");
  private static final String INSERT = TABLE.insert();
  private static final String UPDATE =
      """
      UPDATE rapport_relationship SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id"));
  private static final String FIND =
      """
      SELECT %s FROM rapport_relationship
      WHERE tenant_id = ? AND id = ?"""
          .formatted(COLUMNS);
  private static final String FOR_CUSTOMER =
      """
      SELECT %1$s FROM rapport_relationship
      WHERE tenant_id = ? AND from_customer_id = ?
      UNION ALL
      SELECT %1$s FROM rapport_relationship
      WHERE tenant_id = ? AND to_customer_id = ?
      ORDER BY id"""
          .formatted(COLUMNS);

  private final JdbcUnit unit;

  JdbcRelationships(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Relationship relationship) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(relationship, TYPE);
    sql.write(
        "insert a relationship",
        false,
        () -> sql.update(INSERT, p -> bindInsert(p, tenant, relationship)),
        () -> new DuplicateRecordException(TYPE, relationship.id()));
  }

  /** Sends ceil(n / batch size) batches; a refused id is found by query, in id order. */
  @Override
  public void insertAll(TenantId tenant, List<Relationship> relationships) {
    Sql sql = unit.enter(tenant);
    List<Relationship> rows = Checks.list(relationships, "relationships");
    Set<RelationshipId> ids = new HashSet<>();
    for (Relationship relationship : rows) {
      if (!ids.add(relationship.id())) {
        throw new DuplicateRecordException(TYPE, relationship.id());
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    sql.write(
        "insert relationships",
        rows.size() > 1,
        () -> {
          sql.batch(INSERT, rows, (p, r) -> bindInsert(p, tenant, r));
          return null;
        },
        () -> duplicateOf(sql, tenant, rows));
  }

  private static void bindInsert(Params p, TenantId tenant, Relationship relationship)
      throws SQLException {
    p.id(tenant)
        .id(relationship.id())
        .number(relationship.version())
        .id(relationship.from())
        .id(relationship.to())
        .text(relationship.type().name())
        .date(relationship.validFrom())
        .date(relationship.validThru());
  }

  private static RuntimeException duplicateOf(Sql sql, TenantId tenant, List<Relationship> rows)
      throws SQLException {
    Optional<String> taken =
        TakenIds.first(
            sql, "rapport_relationship", tenant, rows.stream().map(Relationship::id).toList());
    if (taken.isPresent()) {
      return new DuplicateRecordException(TYPE, RelationshipId.of(taken.get()));
    }
    return new StorageException(
        "Storage failed to insert relationships: a unique key was refused but no id is taken"
            + " now; retry the unit of work");
  }

  @Override
  public Relationship update(TenantId tenant, Relationship relationship) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(relationship, TYPE);
    long version = relationship.version();
    Relationship updated =
        new Relationship(
            relationship.id(),
            version + 1,
            relationship.from(),
            relationship.to(),
            relationship.type(),
            relationship.validFrom(),
            relationship.validThru());
    return sql.write(
        "update a relationship",
        false,
        () -> {
          int changed =
              sql.update(
                  UPDATE,
                  p ->
                      p.number(version + 1)
                          .id(relationship.from())
                          .id(relationship.to())
                          .text(relationship.type().name())
                          .date(relationship.validFrom())
                          .date(relationship.validThru())
                          .id(tenant)
                          .id(relationship.id())
                          .number(version));
          if (changed == 0) {
            throw Versions.missingOrStale(
                sql,
                "rapport_relationship",
                tenant,
                relationship.id(),
                new RecordNotFoundException(TYPE, relationship.id()),
                new ConcurrentUpdateException(TYPE, relationship.id(), version));
          }
          return updated;
        },
        null,
        () -> new ConcurrentUpdateException(TYPE, relationship.id(), version));
  }

  @Override
  public Optional<Relationship> find(TenantId tenant, RelationshipId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a relationship",
        () -> sql.queryFirst(FIND, p -> p.id(tenant).id(id), JdbcRelationships::read));
  }

  /** One statement: a UNION ALL of the two indexed sides (a relationship never links to itself). */
  @Override
  public List<Relationship> forCustomer(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "find relationships of a customer",
        () ->
            sql.query(
                FOR_CUSTOMER,
                p -> p.id(tenant).id(customer).id(tenant).id(customer),
                JdbcRelationships::read));
  }

  private static Relationship read(ResultSet row) throws SQLException {
    return new Relationship(
        RelationshipId.of(row.getString("id")),
        row.getLong("version"),
        CustomerId.of(row.getString("from_customer_id")),
        CustomerId.of(row.getString("to_customer_id")),
        Columns.enumValue(row, "relationship_type", RelationshipType.class),
        Columns.date(row, "valid_from"),
        Columns.date(row, "valid_thru"));
  }
}
