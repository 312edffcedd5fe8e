package io.rapport.crm.sdk;

import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.party.CustomerId;

/**
 * The data-protection rights of the people a tenant stores: subject access and portability (GDPR
 * Art. 15 and 20). A null argument is refused with a {@link CommandValidationException} naming it.
 * Thread-safe.
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
}
