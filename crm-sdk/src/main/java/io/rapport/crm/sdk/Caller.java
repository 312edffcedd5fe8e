package io.rapport.crm.sdk;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;

/**
 * Who calls the SDK and for which tenant: every service method takes one. The tenant scopes every
 * read and write; the actor and the optional reason go into the audit entries of changes. Immutable
 * and thread-safe.
 *
 * @param tenant the tenant whose records are read and written
 * @param actor the user, system or customer performing the call
 * @param reason why the change is made (e.g. a ticket number), recorded in audit entries; may be
 *     null. It is free text from the host: do not put personal data in it
 */
public record Caller(TenantId tenant, Actor actor, String reason) {
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
    return new Caller(tenant, actor, Checks.text(reason, "reason", MAX_REASON_LENGTH));
  }

  /** Tenant and actor; the reason is free text and is only said to be present. */
  @Override
  public String toString() {
    return "Caller[tenant="
        + tenant
        + ", actor="
        + actor
        + ", reason="
        + (reason == null ? "none" : "given")
        + "]";
  }
}
