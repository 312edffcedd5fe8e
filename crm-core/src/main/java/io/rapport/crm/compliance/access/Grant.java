package io.rapport.crm.compliance.access;

import io.rapport.crm.common.internal.Checks;

/**
 * What one role allows.
 *
 * @param scope which customers the role reaches
 * @param change whether the role may change those customers (and the records hanging off them), not
 *     only read them
 * @param identifiers whether the role sees identifiers (government id, contact values); when false,
 *     customers are returned with their identifiers masked
 * @param tenantWide whether the role may run tenant-wide operations that are not filtered per
 *     record (analytics, pipeline reports, finance imports, bulk imports); it still needs a caller
 *     that no information barrier restricts
 */
public record Grant(Scope scope, boolean change, boolean identifiers, boolean tenantWide) {
  /**
   * Checks presence of the scope.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the scope is null
   */
  public Grant {
    Checks.notNull(scope, "scope");
  }

  /** Reads and changes the customers of {@code scope}, identifiers shown, no tenant-wide work. */
  public static Grant readWrite(Scope scope) {
    return new Grant(scope, true, true, false);
  }

  /** Reads the customers of {@code scope}, identifiers shown, no tenant-wide work. */
  public static Grant readOnly(Scope scope) {
    return new Grant(scope, false, true, false);
  }

  /** This grant with tenant-wide operations allowed. */
  public Grant withTenantWide() {
    return new Grant(scope, change, identifiers, true);
  }

  /** This grant with identifiers masked. */
  public Grant masked() {
    return new Grant(scope, change, false, tenantWide);
  }
}
