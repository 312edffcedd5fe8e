package io.rapport.crm.spi;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What retention needs from storage, for one tenant at a time: keyset pages of the records due,
 * deletion of campaign members, removal of a prefix of the audit chain, and the checkpoint of an
 * unfinished run. Each selection returns at most {@code limit} keys after {@code after} (exclusive;
 * null for the first page), in key order, in one round trip. No method ever sees or touches another
 * tenant's records. Arguments other than {@code after} must not be null; {@code limit} must be 1 to
 * 10,000.
 */
public interface RetentionStore {
  /** The most keys one selection returns. */
  int MAX_LIMIT = 10_000;

  /**
   * Closed customers last changed before {@code closedBefore} (the closing is a customer's last
   * change as a rule), ordered by id.
   */
  List<CustomerId> closedCustomers(
      TenantId tenant, Instant closedBefore, CustomerId after, int limit);

  /**
   * Leads in one of {@code statuses} last changed before {@code changedBefore} and not anonymised
   * yet (see {@link io.rapport.crm.lead.LeadAnonymisation#isAnonymised}), ordered by id.
   */
  List<LeadId> leadsToAnonymise(
      TenantId tenant, Set<LeadStatus> statuses, Instant changedBefore, LeadId after, int limit);

  /** Members of campaigns that ended before {@code endedBefore}, ordered by key. */
  List<CampaignMemberKey> membersOfEndedCampaigns(
      TenantId tenant, LocalDate endedBefore, CampaignMemberKey after, int limit);

  /**
   * Deletes these campaign members in batched writes; missing ones are skipped.
   *
   * @return how many were deleted
   */
  int deleteMembers(TenantId tenant, List<CampaignMemberKey> members);

  /**
   * The anchor of the tenant's audit chain: sequence and hash of the last entry retention removed,
   * from which verification starts; {@link AuditHead#EMPTY} while none was removed.
   */
  AuditHead auditAnchor(TenantId tenant);

  /**
   * Removes the tenant's audit entries after the anchor up to and including {@code
   * throughSequence}, and makes that entry the new anchor. The caller holds the audit head lock of
   * this unit of work. Entries after it stay untouched, so the chain still verifies from the
   * anchor. {@link AuditLog#read} and {@link AuditLog#forRecord} no longer return removed entries.
   *
   * @return how many entries were removed
   * @throws io.rapport.crm.common.InvalidValueException if {@code throughSequence} is not after the
   *     anchor or names no entry
   */
  int pruneAudit(TenantId tenant, long throughSequence);

  /** The checkpoint of the unfinished run for {@code type}, if there is one. */
  Optional<RetentionCheckpoint> checkpoint(TenantId tenant, RetainedRecordType type);

  /** Stores {@code checkpoint}, replacing the one of its type. */
  void saveCheckpoint(TenantId tenant, RetentionCheckpoint checkpoint);

  /** Removes the checkpoint of {@code type}, if any: its run is complete. */
  void clearCheckpoint(TenantId tenant, RetainedRecordType type);
}
