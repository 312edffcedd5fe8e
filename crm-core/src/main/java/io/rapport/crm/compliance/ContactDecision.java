package io.rapport.crm.compliance;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;

/**
 * The answer to "may we contact this party for this purpose over this channel at this time?", with
 * its reason: granted on …, withdrawn on …, pending confirmation since …, never asked, expired on
 * …, or a service message.
 *
 * @param since when the deciding record took effect; null for {@link ConsentReason#NEVER_ASKED} and
 *     an unasked {@link ConsentReason#SERVICE_MESSAGE}
 */
public record ContactDecision(boolean allowed, ConsentReason reason, Instant since) {
  /** Checks that the reason agrees with the answer. */
  public ContactDecision {
    Checks.notNull(reason, "reason");
    boolean allowing = reason == ConsentReason.GRANTED || reason == ConsentReason.SERVICE_MESSAGE;
    Checks.argument(allowing == allowed, "reason", "reason does not fit the decision");
  }

  /** Contact allowed for {@code reason} since {@code since}. */
  static ContactDecision allow(ConsentReason reason, Instant since) {
    return new ContactDecision(true, reason, since);
  }

  /** Contact refused for {@code reason} since {@code since}. */
  static ContactDecision refuse(ConsentReason reason, Instant since) {
    return new ContactDecision(false, reason, since);
  }

  @Override
  public String toString() {
    String verdict = allowed ? "allowed" : "refused";
    return since == null ? verdict + ": " + reason : verdict + ": " + reason + " on " + since;
  }
}
