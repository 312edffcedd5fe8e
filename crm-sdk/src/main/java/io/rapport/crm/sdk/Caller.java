package io.rapport.crm.sdk;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.access.AccessProfile;

/**
 * Who calls the SDK and for which tenant: every service method takes one. The tenant scopes every
 * read and write; the actor and the optional reason go into the audit entries of changes. Immutable
 * and thread-safe.
 *
 * @param tenant the tenant whose records are read and written
 * @param actor the user, system or customer performing the call
 * @param reason why the change is made (e.g. a ticket number), recorded in audit entries; may be
 *     null. It is free text from the host: do not put personal data in it
 * @param access who the caller is for record-level access, checked when the {@link Crm} has an
 *     {@link Crm.Builder#accessPolicy access policy}; null when the host gave none (then such a Crm
 *     lets the caller see nothing). Ignored by a Crm without a policy
 */
public record Caller(TenantId tenant, Actor actor, String reason, AccessProfile access) {
  /** The longest reason accepted. */
  public static final int MAX_REASON_LENGTH = 2000;

  /**
   * Checks presence of tenant and actor and the reason's length.
   *
   * @throws io.rapport.crm.common.InvalidValueException if tenant or actor is null, or the reason
   *     is blank or longer than {@value #MAX_REASON_LENGTH} characters
   */
  public Caller {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(actor, "actor");
    Checks.optionalText(reason, "reason", MAX_REASON_LENGTH);
  }

  /**
   * A caller without an access profile.
   *
   * @throws io.rapport.crm.common.InvalidValueException if tenant or actor is null, or the reason
   *     is blank or longer than {@value #MAX_REASON_LENGTH} characters
   */
  public Caller(TenantId tenant, Actor actor, String reason) {
    this(tenant, actor, reason, null);
  }

  /**
   * A caller without a reason.
   *
   * @throws io.rapport.crm.common.InvalidValueException if tenant or actor is null
   */
  public static Caller of(TenantId tenant, Actor actor) {
    return new Caller(tenant, actor, null);
  }

  /**
   * This caller giving {@code reason} for the changes it makes.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the reason is null, blank or too long
   */
  public Caller because(String reason) {
    return new Caller(tenant, actor, Checks.text(reason, "reason", MAX_REASON_LENGTH), access);
  }

  /**
   * This caller with {@code profile} as its access profile, for a {@link Crm} with an access
   * policy.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the profile is null
   */
  public Caller withAccess(AccessProfile profile) {
    return new Caller(tenant, actor, reason, Checks.notNull(profile, "access"));
  }

  /** Tenant and actor; the reason and the access profile are only said to be present. */
  @Override
  public String toString() {
    return "Caller[tenant="
        + tenant
        + ", actor="
        + actor
        + ", reason="
        + (reason == null ? "none" : "given")
        + (access == null ? "" : ", access=given")
        + "]";
  }
}
