package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.util.regex.Pattern;

/**
 * The tenant (bank, brand or legal entity) that owns a record. Every read and write is scoped to
 * one tenant; 1 to 64 characters of letters, digits, '-', '_' and '.'.
 */
public record TenantId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Checks the format. */
  public TenantId {
    Checks.notNull(value, "tenant");
    Checks.argument(
        FORMAT.matcher(value).matches(),
        "tenant",
        "tenant must be 1 to 64 letters, digits, '.', '_' or '-'");
  }

  /** The tenant with the given id. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
