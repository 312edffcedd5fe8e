package io.rapport.crm.sdk;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.ContactDecision;
import io.rapport.crm.party.CustomerNotFoundException;
import java.time.Instant;

/**
 * Consent and marketing preferences of customers and leads: an append-only history per subject,
 * purpose and channel, and the one question the library asks before any contact. Each record is
 * audited and emits {@code consent.granted}, {@code consent.requested}, {@code consent.confirmed},
 * {@code consent.withdrawn} or {@code consent.expired} in the same unit of work. A null argument is
 * refused with a {@link CommandValidationException} naming it. Thread-safe.
 */
public interface Consents {

  /**
   * Appends one consent event at the SDK clock's time.
   *
   * @throws CommandValidationException listing every invalid field, or a confirmation without a
   *     pending double opt-in (rule {@code PendingConfirmation})
   * @throws CustomerNotFoundException if a customer subject is not in the tenant
   * @throws io.rapport.crm.lead.LeadNotFoundException if a lead subject is not in the tenant
   */
  ConsentRecord record(Caller caller, RecordConsent command);

  /** The whole history of {@code subject}, oldest first. */
  ConsentHistory history(Caller caller, ConsentSubject subject);

  /**
   * May {@code subject} be contacted for {@code purpose} over {@code channel} at {@code at} (past
   * times answer from the history as it stood then)? The answer carries its reason.
   */
  ContactDecision mayContact(
      Caller caller,
      ConsentSubject subject,
      ConsentPurpose purpose,
      ConsentChannel channel,
      Instant at);
}
