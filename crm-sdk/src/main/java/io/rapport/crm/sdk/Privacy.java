package io.rapport.crm.sdk;

import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.compliance.LegalHoldException;
import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import java.util.Optional;

/**
 * The data-protection rights of the people a tenant stores: subject access and portability (GDPR
 * Art. 15 and 20), erasure (Art. 17) of a customer or a lead, and the legal holds that block it.
 * Erasure removes or irreversibly pseudonymises the person's data in every table and destroys the
 * person's audit key, so the values of their audit entries can never be read again while {@code
 * crm.audit().verify(tenant)} still passes (the chain hashes the sealed text). Each change is one
 * unit of work: it commits whole or not at all. A null argument is refused with a {@link
 * CommandValidationException} naming it. Thread-safe.
 */
public interface Privacy {

  /**
   * Hands {@code visitor} everything stored about a customer, section by section ({@link
   * io.rapport.crm.compliance.SubjectSection}): the customer with contact points and tags, their
   * relationships, households, holdings, the leads converted or linked to them, their opportunities
   * and stage history, the consent records of the customer and of those leads, campaign
   * memberships, the static lists they are on (narrowed to them), scores, financial events and
   * every audit entry about these records. crm-jackson's {@code JsonSubjectExport} writes it as a
   * JSON document.
   *
   * <p>The export is itself audited first: an entry {@code customer.exported} about the customer,
   * with the caller's actor and reason and no personal data (and a domain event of that type), so
   * the export leaves a trace even if writing it fails later. The small sections are read in one
   * unit of work; financial events and audit entries are then read in keyset pages of their own
   * units, each page handed to the visitor before the next is read, so memory does not grow with
   * the history and no transaction stays open while the visitor writes. Records changed while the
   * pages are read may appear in their old or new state.
   *
   * @throws io.rapport.crm.party.CustomerNotFoundException if the caller's tenant has no such
   *     customer; nothing is audited and the visitor is not called
   * @throws CommandValidationException if an argument is null
   * @throws io.rapport.crm.spi.StorageException if the storage fails
   * @throws RuntimeException whatever the visitor throws, which ends the export
   */
  void export(Caller caller, CustomerId customer, SubjectDataVisitor visitor);

  /**
   * Erases a customer: pseudonymises the customer row (name {@code erased-<hash>}, no birth date,
   * government id, contact points, tags or language; status {@code CLOSED}), deletes its holdings,
   * relationships, consent records, scores and static list memberships, moves it out of its
   * households (deleting those it was the last member of), erases the leads linked to or converted
   * into it, and destroys its audit key. Records one {@code customer.erased} audit entry and event
   * without personal data. Idempotent: erasing an erased customer changes nothing and returns
   * {@link ErasureReport#alreadyErased()} true.
   *
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws LegalHoldException if the customer is under a legal hold; nothing is changed
   */
  ErasureReport erase(Caller caller, CustomerId customer);

  /**
   * Erases a lead: pseudonymises its contact (name {@code erased-<hash>}, no e-mail, phone, birth
   * date, postcode, source reference or score), deletes its consent records and destroys its audit
   * key. Records one {@code lead.erased} audit entry and event. Idempotent like {@link
   * #erase(Caller, CustomerId)}.
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws LegalHoldException if the lead was converted into or linked to a customer under hold
   */
  ErasureReport erase(Caller caller, LeadId lead);

  /**
   * Places a legal hold on a customer (replacing any hold already there), audited as {@code
   * customer.legal-hold-placed}.
   *
   * @param reason why, e.g. a case number; 1 to 500 characters and not personal data
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws CommandValidationException if the reason is blank or too long
   */
  LegalHold placeLegalHold(Caller caller, CustomerId customer, String reason);

  /**
   * Releases the hold on a customer, audited as {@code customer.legal-hold-released}; releasing a
   * customer without a hold does nothing.
   *
   * @return whether a hold was released
   */
  boolean releaseLegalHold(Caller caller, CustomerId customer);

  /** The hold on a customer, or empty. */
  Optional<LegalHold> legalHold(Caller caller, CustomerId customer);
}
