package io.rapport.crm.compliance.access;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record-level access policy of a tenant: a pure function of the caller's {@link AccessProfile}
 * and a record's {@link RecordFacts}, with no I/O. It answers per record ({@link #read}, {@link
 * #change}) and per caller as a {@link RecordFilter} that storage turns into query predicates; both
 * always agree. A role the policy does not know grants nothing. Immutable and thread-safe.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.standard()
 *     .withTerritories(Territories.none().with(Territory.of("north"), Set.of(BranchCode.of("B1"))))
 *     .withBarriers(InformationBarriers.none().wall(BarrierSide.of("deals"), BarrierSide.of("research")));
 * }</pre>
 */
public final class AccessPolicy {
  private final Map<Role, Grant> grants;
  private final Territories territories;
  private final InformationBarriers barriers;

  private AccessPolicy(
      Map<Role, Grant> grants, Territories territories, InformationBarriers barriers) {
    this.grants = grants;
    this.territories = territories;
    this.barriers = barriers;
  }

  /**
   * The standard grants: {@link Role#ADVISOR} reads and changes its and its team's customers;
   * {@link Role#BRANCH_MANAGER} its branches'; {@link Role#REGIONAL_MANAGER} its territories';
   * {@link Role#COMPLIANCE} reads all and runs tenant-wide reports; {@link Role#ANALYST} the same
   * with identifiers masked; {@link Role#SYSTEM} everything. No territories, no walls.
   */
  public static AccessPolicy standard() {
    Map<Role, Grant> grants = new HashMap<>();
    grants.put(Role.ADVISOR, Grant.readWrite(Scope.OWNED));
    grants.put(Role.BRANCH_MANAGER, Grant.readWrite(Scope.BRANCH));
    grants.put(Role.REGIONAL_MANAGER, Grant.readWrite(Scope.TERRITORY));
    grants.put(Role.COMPLIANCE, Grant.readOnly(Scope.TENANT).withTenantWide());
    grants.put(Role.ANALYST, Grant.readOnly(Scope.TENANT).masked().withTenantWide());
    grants.put(Role.SYSTEM, Grant.readWrite(Scope.TENANT).withTenantWide());
    return new AccessPolicy(Map.copyOf(grants), Territories.none(), InformationBarriers.none());
  }

  /** A policy granting nothing to any role until {@link #withGrant} is called. */
  public static AccessPolicy empty() {
    return new AccessPolicy(Map.of(), Territories.none(), InformationBarriers.none());
  }

  /**
   * This policy with {@code role} granted {@code grant} (replacing what it had).
   *
   * @throws io.rapport.crm.common.InvalidValueException if an argument is null
   */
  public AccessPolicy withGrant(Role role, Grant grant) {
    Checks.notNull(role, "role");
    Checks.notNull(grant, "grant");
    Map<Role, Grant> next = new HashMap<>(grants);
    next.put(role, grant);
    return new AccessPolicy(Map.copyOf(next), territories, barriers);
  }

  /**
   * This policy with {@code value} as its territories.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the value is null
   */
  public AccessPolicy withTerritories(Territories value) {
    return new AccessPolicy(grants, Checks.notNull(value, "territories"), barriers);
  }

  /**
   * This policy with {@code value} as its information barriers.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the value is null
   */
  public AccessPolicy withBarriers(InformationBarriers value) {
    return new AccessPolicy(grants, territories, Checks.notNull(value, "barriers"));
  }

  /** The grant of {@code role}, if the policy knows it. */
  public Optional<Grant> grantOf(Role role) {
    return Optional.ofNullable(grants.get(role));
  }

  /** Whether {@code profile} may read the record with {@code facts}, masked or not, and why. */
  public Decision read(AccessProfile profile, RecordFacts facts) {
    return decide(profile, facts, false);
  }

  /** Whether {@code profile} may change the record with {@code facts}, and why. */
  public Decision change(AccessProfile profile, RecordFacts facts) {
    return decide(profile, facts, true);
  }

  /** Shorthand for {@code read(profile, facts).allowed()}. */
  public boolean canRead(AccessProfile profile, RecordFacts facts) {
    return read(profile, facts).allowed();
  }

  private Decision decide(AccessProfile profile, RecordFacts facts, boolean changing) {
    Checks.notNull(profile, "profile");
    Checks.notNull(facts, "facts");
    Set<BarrierSide> walled = barriers.walledOffFrom(profile.sides());
    if (!Collections.disjoint(walled, facts.sides())) {
      return Decision.deny("an information barrier separates the caller from the record");
    }
    String reason = null;
    boolean identifiers = false;
    for (Grant grant : grantsOf(profile, changing)) {
      String covered = covers(grant.scope(), profile, facts);
      if (covered != null) {
        reason = reason == null ? covered : reason;
        identifiers |= grant.identifiers();
      }
    }
    if (reason == null) {
      return Decision.deny(
          changing ? "no role lets the caller change the record" : "the record is out of scope");
    }
    return Decision.allow(!identifiers, reason);
  }

  private String covers(Scope scope, AccessProfile profile, RecordFacts facts) {
    EmployeeId owner = facts.owner();
    BranchCode branch = facts.branch();
    if (scope == Scope.TENANT) {
      return "the caller's role reaches the whole tenant";
    }
    if (owner != null && owner.equals(profile.employee())) {
      return "the caller owns the record";
    }
    if (owner != null && profile.team().contains(owner)) {
      return "a member of the caller's team owns the record";
    }
    if (scope == Scope.OWNED || branch == null) {
      return null;
    }
    if (profile.branches().contains(branch)) {
      return "the record belongs to the caller's branch";
    }
    if (scope == Scope.TERRITORY
        && !Collections.disjoint(territories.of(branch), profile.territories())) {
      return "the record's branch lies in the caller's territory";
    }
    return null;
  }

  /** The records {@code profile} may read, as a filter for queries. */
  public RecordFilter readFilter(AccessProfile profile) {
    return filter(profile, false);
  }

  /** The records {@code profile} may change, as a filter for queries. */
  public RecordFilter changeFilter(AccessProfile profile) {
    return filter(profile, true);
  }

  private RecordFilter filter(AccessProfile profile, boolean changing) {
    Checks.notNull(profile, "profile");
    List<Grant> granted = grantsOf(profile, changing);
    if (granted.isEmpty()) {
      return RecordFilter.nothing();
    }
    boolean everyRecord = false;
    Set<EmployeeId> owners = new HashSet<>(profile.team());
    if (profile.employee() != null) {
      owners.add(profile.employee());
    }
    Set<BranchCode> branches = new HashSet<>();
    for (Grant grant : granted) {
      everyRecord |= grant.scope() == Scope.TENANT;
      if (grant.scope() == Scope.BRANCH || grant.scope() == Scope.TERRITORY) {
        branches.addAll(profile.branches());
      }
      if (grant.scope() == Scope.TERRITORY) {
        branches.addAll(territories.branchesOf(profile.territories()));
      }
    }
    if (everyRecord) {
      owners.clear();
      branches.clear();
    }
    return new RecordFilter(everyRecord, owners, branches, barriers.walledOffFrom(profile.sides()));
  }

  /**
   * Whether {@code profile} may run operations that are not filtered per record (analytics,
   * pipeline reports, imports): a role must grant {@link Grant#tenantWide()} and no information
   * barrier may hide any side from the caller.
   */
  public boolean mayRunTenantWide(AccessProfile profile) {
    Checks.notNull(profile, "profile");
    return barriers.walledOffFrom(profile.sides()).isEmpty()
        && profile.roles().stream()
            .map(grants::get)
            .anyMatch(grant -> grant != null && grant.tenantWide());
  }

  private List<Grant> grantsOf(AccessProfile profile, boolean changing) {
    return profile.roles().stream()
        .map(grants::get)
        .filter(grant -> grant != null && (!changing || grant.change()))
        .toList();
  }
}
