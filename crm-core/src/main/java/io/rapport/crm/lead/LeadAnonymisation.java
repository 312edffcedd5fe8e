package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Checks;

/**
 * Anonymises leads that retention no longer allows to identify a person: the contact details give
 * way to a pseudonym derived from the lead's id, the capture key (which hosts often build from an
 * e-mail address) to {@value #CAPTURE_KEY_PREFIX} and the id, and the link to an existing customer
 * is dropped. Status, source, interest, consent flags, branch, segment, score, owner, reason and
 * every date stay, so funnel and conversion statistics still count the lead. Pure and thread-safe.
 */
public final class LeadAnonymisation {
  /** The start of an anonymised lead's capture key; hosts must not start their own keys so. */
  public static final String CAPTURE_KEY_PREFIX = "anonymised:";

  /** The start of an anonymised lead's contact name. */
  public static final String NAME_PREFIX = "Anonymised lead ";

  private LeadAnonymisation() {}

  /**
   * {@code lead} anonymised, with the same version and change time.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code lead} is null
   * @throws IllegalLeadTransitionException if it is converted (its person is a customer now, whom
   *     customer erasure covers)
   */
  public static Lead anonymise(Lead lead) {
    Checks.notNull(lead, "lead");
    LeadProfile profile = lead.profile();
    LeadProfile anonymous =
        new LeadProfile(
            profile.source(),
            profile.interest(),
            LeadContact.named(NAME_PREFIX + lead.id().value()),
            profile.consents(),
            CAPTURE_KEY_PREFIX + lead.id().value(),
            profile.capturedAt(),
            profile.branch(),
            profile.segment(),
            profile.score(),
            profile.assignment(),
            null);
    if (lead instanceof OpenLead open) {
      return new OpenLead(open.id(), open.version(), open.status(), anonymous, open.updatedAt());
    }
    if (lead instanceof DisqualifiedLead gone) {
      return new DisqualifiedLead(
          gone.id(), gone.version(), anonymous, gone.reason(), gone.mergedInto(), gone.updatedAt());
    }
    throw new IllegalLeadTransitionException(lead.id(), lead.status(), lead.status());
  }

  /** Whether {@code lead} was anonymised (its capture key says so). */
  public static boolean isAnonymised(Lead lead) {
    return Checks.notNull(lead, "lead").captureKey().startsWith(CAPTURE_KEY_PREFIX);
  }
}
