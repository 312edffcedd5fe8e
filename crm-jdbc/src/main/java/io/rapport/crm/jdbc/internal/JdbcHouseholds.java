package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.spi.HouseholdRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link HouseholdRepository} over one {@link JdbcUnit}. Members live in {@code
 * rapport_household_member}, whose unique {@code (tenant_id, primary_customer_id)} holds each
 * customer to one primary household on every database. Reads are one join.
 */
final class JdbcHouseholds implements HouseholdRepository {
  private static final String TYPE = "household";
  private static final Table HOUSEHOLD =
      Table.of("rapport_household", "tenant_id", "id", "version", "name", "primary_member_id");
  private static final Table MEMBER =
      Table.of(
          "rapport_household_member",
          "tenant_id",
          "household_id",
          "customer_id",
          "ordinal",
          "member_role",
          "primary_household",
          "primary_customer_id");
  private static final String INSERT_HOUSEHOLD = HOUSEHOLD.insert();
  private static final String INSERT_MEMBER = MEMBER.insert();
  private static final String UPDATE_HOUSEHOLD =
      """
      UPDATE rapport_household SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(HOUSEHOLD.updateSet("tenant_id", "id"));
  private static final String MEMBER_COLUMNS =
      "h.id, h.version, h.name, h.primary_member_id, m.customer_id, m.member_role,"
          + " m.primary_household";
  private static final String FIND =
      """
      SELECT %s
      FROM rapport_household h
      JOIN rapport_household_member m ON m.tenant_id = h.tenant_id AND m.household_id = h.id
      WHERE h.tenant_id = ? AND h.id = ?
      ORDER BY m.ordinal"""
          .formatted(MEMBER_COLUMNS);
  // Driven by the member row of the customer: without table statistics (PostgreSQL before
  // ANALYZE) an IN subquery was planned as the inner side of a loop over every household of the
  // tenant (1.4 s for 1,687 households).
  private static final String FOR_MEMBER =
      """
      SELECT %s
      FROM rapport_household_member x
      JOIN rapport_household h ON h.tenant_id = x.tenant_id AND h.id = x.household_id
      JOIN rapport_household_member m ON m.tenant_id = h.tenant_id AND m.household_id = h.id
      WHERE x.tenant_id = ? AND x.customer_id = ?
      ORDER BY h.id, m.ordinal"""
          .formatted(MEMBER_COLUMNS);
  private static final String OTHER_PRIMARY =
      """
      SELECT household_id FROM rapport_household_member
      WHERE tenant_id = ? AND primary_customer_id = ? AND household_id <> ?""";

  private final JdbcUnit unit;

  JdbcHouseholds(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Household household) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(household, TYPE);
    sql.write(
        "insert a household",
        true,
        () -> {
          sql.update(INSERT_HOUSEHOLD, p -> bindHousehold(p, tenant, household));
          insertMembers(sql, tenant, household);
          return null;
        },
        () -> conflictOf(sql, tenant, household, true));
  }

  /**
   * Sends ceil(households / batch size) batches of household rows, then ceil(members / batch size)
   * batches of member rows. Ids and primary flags repeated within the list are refused before any
   * write; a refused key is then explained by queries, without echoing values.
   */
  @Override
  public void insertAll(TenantId tenant, List<Household> households) {
    Sql sql = unit.enter(tenant);
    List<Household> rows = Checks.list(households, "households");
    Set<HouseholdId> ids = new HashSet<>();
    Set<CustomerId> primaries = new HashSet<>();
    List<MemberAt> members = new ArrayList<>();
    for (Household household : rows) {
      if (!ids.add(household.id())) {
        throw new DuplicateRecordException(TYPE, household.id());
      }
      for (int i = 0; i < household.members().size(); i++) {
        HouseholdMember member = household.members().get(i);
        if (member.primaryHousehold() && !primaries.add(member.customer())) {
          throw new HouseholdMembershipException(
              household.id(), member.customer(), "the customer already has a primary household");
        }
        members.add(new MemberAt(household.id(), i, member));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    sql.write(
        "insert households",
        true,
        () -> {
          sql.batch(INSERT_HOUSEHOLD, rows, (p, h) -> bindHousehold(p, tenant, h));
          sql.batch(INSERT_MEMBER, members, (p, m) -> bindMember(p, tenant, m));
          return null;
        },
        () -> HouseholdConflicts.explain(sql, tenant, rows));
  }

  @Override
  public Household update(TenantId tenant, Household household) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(household, TYPE);
    long version = household.version();
    Household updated =
        new Household(
            household.id(),
            version + 1,
            household.name(),
            household.members(),
            household.primaryMember());
    return sql.write(
        "update a household",
        true,
        () -> {
          int changed =
              sql.update(
                  UPDATE_HOUSEHOLD,
                  p ->
                      p.number(version + 1)
                          .text(household.name())
                          .id(household.primaryMember())
                          .id(tenant)
                          .id(household.id())
                          .number(version));
          if (changed == 0) {
            throw Versions.missingOrStale(
                sql,
                "rapport_household",
                tenant,
                household.id(),
                new RecordNotFoundException(TYPE, household.id()),
                new ConcurrentUpdateException(TYPE, household.id(), version));
          }
          sql.update(
              "DELETE FROM rapport_household_member WHERE tenant_id = ? AND household_id = ?",
              p -> p.id(tenant).id(household.id()));
          insertMembers(sql, tenant, household);
          return updated;
        },
        () -> conflictOf(sql, tenant, household, false),
        () -> new ConcurrentUpdateException(TYPE, household.id(), version));
  }

  private static void insertMembers(Sql sql, TenantId tenant, Household household)
      throws SQLException {
    List<MemberAt> members = new ArrayList<>();
    for (int i = 0; i < household.members().size(); i++) {
      members.add(new MemberAt(household.id(), i, household.members().get(i)));
    }
    sql.batch(INSERT_MEMBER, members, (p, m) -> bindMember(p, tenant, m));
  }

  private static void bindHousehold(Params p, TenantId tenant, Household household)
      throws SQLException {
    p.id(tenant)
        .id(household.id())
        .number(household.version())
        .text(household.name())
        .id(household.primaryMember());
  }

  private static void bindMember(Params p, TenantId tenant, MemberAt row) throws SQLException {
    HouseholdMember member = row.member();
    p.id(tenant)
        .id(row.household())
        .id(member.customer())
        .number(row.ordinal())
        .text(member.role().name())
        .flag(member.primaryHousehold())
        .id(member.primaryHousehold() ? member.customer() : null);
  }

  /** A member row: the member at {@code ordinal} of a household. */
  private record MemberAt(HouseholdId household, int ordinal, HouseholdMember member) {}

  /**
   * Explains a refused key after the write was undone: a member flagged primary who is primary in
   * another household, else (on insert) the household id being taken.
   */
  private static RuntimeException conflictOf(
      Sql sql, TenantId tenant, Household household, boolean inserting) throws SQLException {
    for (HouseholdMember member : household.members()) {
      if (member.primaryHousehold()
          && sql.queryFirst(
                  OTHER_PRIMARY,
                  p -> p.id(tenant).id(member.customer()).id(household.id()),
                  row -> row.getString(1))
              .isPresent()) {
        return new HouseholdMembershipException(
            household.id(), member.customer(), "the customer already has a primary household");
      }
    }
    return inserting
        ? new DuplicateRecordException(TYPE, household.id())
        : new ConcurrentUpdateException(TYPE, household.id(), household.version());
  }

  @Override
  public Optional<Household> find(TenantId tenant, HouseholdId id) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(id, "id");
    return sql.read(
        "find a household",
        () -> {
          List<Household> found =
              assemble(sql.query(FIND, p -> p.id(tenant).id(id), MemberRow::read));
          return found.stream().findFirst();
        });
  }

  @Override
  public List<Household> forMember(TenantId tenant, CustomerId customer) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return sql.read(
        "find households of a member",
        () -> assemble(sql.query(FOR_MEMBER, p -> p.id(tenant).id(customer), MemberRow::read)));
  }

  /** Households from join rows ordered by household, then member ordinal. */
  private static List<Household> assemble(List<MemberRow> rows) {
    List<Household> households = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      MemberRow first = rows.get(start);
      List<HouseholdMember> members = new ArrayList<>();
      int end = start;
      while (end < rows.size() && rows.get(end).id().equals(first.id())) {
        members.add(rows.get(end).member());
        end++;
      }
      households.add(
          new Household(
              HouseholdId.of(first.id()),
              first.version(),
              first.name(),
              members,
              CustomerId.of(first.primaryMember())));
      start = end;
    }
    return households;
  }

  /** One row of the household-member join. */
  private record MemberRow(
      String id, long version, String name, String primaryMember, HouseholdMember member) {
    static MemberRow read(ResultSet row) throws SQLException {
      return new MemberRow(
          row.getString("id"),
          row.getLong("version"),
          row.getString("name"),
          row.getString("primary_member_id"),
          new HouseholdMember(
              CustomerId.of(row.getString("customer_id")),
              Columns.enumValue(row, "member_role", HouseholdRole.class),
              row.getBoolean("primary_household")));
    }
  }
}
