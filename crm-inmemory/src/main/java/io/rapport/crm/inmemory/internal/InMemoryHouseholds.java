package io.rapport.crm.inmemory.internal;

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
import io.rapport.crm.spi.HouseholdRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link HouseholdRepository} over one {@link Unit}. */
final class InMemoryHouseholds implements HouseholdRepository {
  private static final String TYPE = "household";
  private final Unit unit;

  InMemoryHouseholds(Unit unit) {
    this.unit = unit;
  }

  @Override
  public void insert(TenantId tenant, Household household) {
    unit.enter(tenant);
    Checks.notNull(household, TYPE);
    if (unit.householdRows.contains(tenant, household.id())) {
      throw new DuplicateRecordException(TYPE, household.id());
    }
    checkPrimaryHouseholds(tenant, household);
    unit.householdRows.put(tenant, household.id(), household);
  }

  /**
   * Checks every household first, against the stored ones and the earlier ones of the list, so a
   * refused batch writes nothing.
   */
  @Override
  public void insertAll(TenantId tenant, List<Household> households) {
    unit.enter(tenant);
    List<Household> rows = Checks.list(households, "households");
    Set<HouseholdId> ids = new HashSet<>();
    Set<CustomerId> primaryInBatch = new HashSet<>();
    for (Household household : rows) {
      if (!ids.add(household.id()) || unit.householdRows.contains(tenant, household.id())) {
        throw new DuplicateRecordException(TYPE, household.id());
      }
      checkPrimaryHouseholds(tenant, household);
      for (HouseholdMember member : household.members()) {
        if (member.primaryHousehold() && !primaryInBatch.add(member.customer())) {
          throw new HouseholdMembershipException(
              household.id(), member.customer(), "the customer already has a primary household");
        }
      }
    }
    for (Household household : rows) {
      unit.householdRows.put(tenant, household.id(), household);
    }
  }

  @Override
  public Household update(TenantId tenant, Household household) {
    unit.enter(tenant);
    Checks.notNull(household, TYPE);
    Household stored = unit.householdRows.get(tenant, household.id());
    if (stored == null) {
      throw new RecordNotFoundException(TYPE, household.id());
    }
    if (stored.version() != household.version()) {
      throw new ConcurrentUpdateException(TYPE, household.id(), household.version());
    }
    checkPrimaryHouseholds(tenant, household);
    Household updated =
        new Household(
            household.id(),
            household.version() + 1,
            household.name(),
            household.members(),
            household.primaryMember());
    unit.householdRows.put(tenant, updated.id(), updated);
    return updated;
  }

  /** Refuses a member flagged primary who is flagged primary in another household. */
  private void checkPrimaryHouseholds(TenantId tenant, Household household) {
    List<Household> others =
        unit.householdRows.values(tenant).stream()
            .filter(other -> !other.id().equals(household.id()))
            .toList();
    for (HouseholdMember member : household.members()) {
      if (member.primaryHousehold() && isPrimaryElsewhere(others, member.customer())) {
        throw new HouseholdMembershipException(
            household.id(), member.customer(), "the customer already has a primary household");
      }
    }
  }

  private static boolean isPrimaryElsewhere(List<Household> others, CustomerId customer) {
    return others.stream()
        .flatMap(other -> other.members().stream())
        .anyMatch(member -> member.primaryHousehold() && member.customer().equals(customer));
  }

  @Override
  public Optional<Household> find(TenantId tenant, HouseholdId id) {
    unit.enter(tenant);
    Checks.notNull(id, "id");
    return Optional.ofNullable(unit.householdRows.get(tenant, id));
  }

  @Override
  public List<Household> forMember(TenantId tenant, CustomerId customer) {
    unit.enter(tenant);
    Checks.notNull(customer, "customer");
    return unit.householdRows.values(tenant).stream()
        .filter(household -> household.hasMember(customer))
        .sorted(Ordering.byId(Household::id))
        .toList();
  }
}
