package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.spi.StorageException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which key a refused batch of new households collides with, after the write was undone, by
 * querying rather than by reading the driver's message (which quotes the key values). Chunked by
 * the batch size.
 */
final class HouseholdConflicts {
  private static final String TYPE = "household";

  private HouseholdConflicts() {}

  /**
   * The first taken household id (in id order), else the first member flagged primary (in list
   * order) who is primary in a stored household.
   */
  static RuntimeException explain(Sql sql, TenantId tenant, List<Household> rows)
      throws SQLException {
    Optional<String> taken =
        TakenIds.first(sql, "rapport_household", tenant, rows.stream().map(Household::id).toList());
    if (taken.isPresent()) {
      return new DuplicateRecordException(TYPE, HouseholdId.of(taken.get()));
    }
    List<CustomerId> flagged =
        rows.stream()
            .flatMap(household -> household.members().stream())
            .filter(HouseholdMember::primaryHousehold)
            .map(HouseholdMember::customer)
            .toList();
    Set<String> primaryElsewhere = new HashSet<>();
    for (List<CustomerId> chunk : InLists.chunks(flagged, sql.batchSize())) {
      primaryElsewhere.addAll(
          sql.query(
              "SELECT primary_customer_id FROM rapport_household_member WHERE %s"
                  .formatted(InLists.keyIn(sql.dialect(), "", "primary_customer_id", chunk.size())),
              p -> InLists.bindKeys(p, sql.dialect(), tenant, chunk),
              row -> row.getString(1)));
    }
    for (Household household : rows) {
      for (HouseholdMember member : household.members()) {
        if (member.primaryHousehold() && primaryElsewhere.contains(member.customer().toString())) {
          return new HouseholdMembershipException(
              household.id(), member.customer(), "the customer already has a primary household");
        }
      }
    }
    return new StorageException(
        "Storage failed to insert households: a unique key was refused but none is taken now;"
            + " retry the unit of work");
  }
}
