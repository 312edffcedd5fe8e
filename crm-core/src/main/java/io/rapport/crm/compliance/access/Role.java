package io.rapport.crm.compliance.access;

import io.rapport.crm.common.internal.Checks;
import java.util.regex.Pattern;

/**
 * A role of a caller, named by the host; the {@link AccessPolicy} maps each role to a {@link
 * Grant}. The constants are the roles the {@link AccessPolicy#standard() standard policy} grants;
 * hosts may define their own names.
 *
 * @param name upper-case letters, digits and '_', 1 to 64 characters
 */
public record Role(String name) {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Reads and changes the customers the caller or the caller's team owns. */
  public static final Role ADVISOR = new Role("ADVISOR");

  /** Reads and changes the customers of the caller's branches. */
  public static final Role BRANCH_MANAGER = new Role("BRANCH_MANAGER");

  /** Reads and changes the customers of the branches of the caller's territories. */
  public static final Role REGIONAL_MANAGER = new Role("REGIONAL_MANAGER");

  /** Reads every customer of the tenant, runs tenant-wide reports, changes nothing. */
  public static final Role COMPLIANCE = new Role("COMPLIANCE");

  /** Reads every customer with identifiers masked, runs tenant-wide reports, changes nothing. */
  public static final Role ANALYST = new Role("ANALYST");

  /** A trusted back-end process: reads, changes and reports on everything. */
  public static final Role SYSTEM = new Role("SYSTEM");

  /**
   * Checks the name.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the name is null or not 1 to 64 of A-Z,
   *     0-9 and '_' starting with a letter
   */
  public Role {
    Checks.notNull(name, "role");
    Checks.argument(
        NAME.matcher(name).matches(),
        "role",
        "role must be 1 to 64 of A-Z, 0-9 and '_', starting with a letter");
  }

  /** The role named {@code name}. */
  public static Role of(String name) {
    return new Role(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
