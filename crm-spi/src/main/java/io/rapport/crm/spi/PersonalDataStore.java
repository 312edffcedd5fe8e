package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.compliance.LegalHold;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What erasure (GDPR Art. 17) needs from storage beyond the other ports: the subjects' audit keys,
 * legal holds, the record of who was erased when, and the deletes no other port offers. Tenant
 * scoped like every port; arguments must not be null. Crm-tck's {@code PersonalDataStoreContract}
 * checks every clause.
 */
public interface PersonalDataStore extends SubjectKeys {

  /** The record type names {@link #eraseCustomerRows} counts by. */
  String RELATIONSHIPS = "relationship";

  /** Households deleted because the erased customer was their last member. */
  String HOUSEHOLDS = "household";

  /** Consent records. */
  String CONSENTS = "consent";

  /** Computed customer scores. */
  String SCORES = "customerScore";

  /** Static segment list memberships. */
  String LIST_MEMBERSHIPS = "segmentListMember";

  /** The hold on {@code customer}, or empty. */
  Optional<LegalHold> findLegalHold(TenantId tenant, CustomerId customer);

  /** Places {@code hold}, replacing any hold already on its customer. */
  void placeLegalHold(TenantId tenant, LegalHold hold);

  /**
   * Releases the hold on {@code customer}; releasing again does nothing.
   *
   * @return whether a hold was released
   */
  boolean releaseLegalHold(TenantId tenant, CustomerId customer);

  /** When {@code subject} was erased, or empty if it never was. */
  Optional<Instant> erasedAt(TenantId tenant, ConsentSubject subject);

  /**
   * Records that {@code subject} was erased at {@code at} (ids and time only, no personal data).
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if it is already recorded
   */
  void markErased(TenantId tenant, ConsentSubject subject, Instant at);

  /**
   * The leads linked to {@code customer} or converted into it, in id order: the same person before
   * they became (or were matched to) the customer.
   */
  List<LeadId> leadsOf(TenantId tenant, CustomerId customer);

  /**
   * Deletes the rows about {@code customer} that no other port deletes: its relationships (either
   * side), the households it is still a member of (the SDK first moves it out of households with
   * other members), its consent records, its computed scores and its static segment list
   * memberships. The customer row itself, holdings, opportunities, campaign members and financial
   * events are left to the SDK and the other ports.
   *
   * @return rows deleted per record type ({@link #RELATIONSHIPS}, {@link #HOUSEHOLDS}, {@link
   *     #CONSENTS}, {@link #SCORES}, {@link #LIST_MEMBERSHIPS}); every type present, zero included
   */
  Map<String, Long> eraseCustomerRows(TenantId tenant, CustomerId customer);

  /**
   * Deletes the outbox events, delivered or not, that name {@code subject}'s id: as their aggregate
   * or anywhere in their data (a consent event's free-text source, a holding's customer id...).
   * Events naming only other records are kept.
   *
   * @return how many were deleted
   */
  long eraseEvents(TenantId tenant, ConsentSubject subject);

  /**
   * Deletes the consent records of {@code lead}.
   *
   * @return how many were deleted
   */
  long eraseLeadConsents(TenantId tenant, LeadId lead);
}
