package io.rapport.crm.inmemory.internal;

import io.rapport.crm.campaign.Campaign;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAnonymisation;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.spi.CampaignMemberKey;
import io.rapport.crm.spi.RetentionCheckpoint;
import io.rapport.crm.spi.RetentionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link RetentionStore} over one {@link Unit}: scans of the unit's view of its tables. */
final class InMemoryRetention implements RetentionStore {
  private static final Comparator<CampaignMemberKey> MEMBER_ORDER =
      Comparator.comparing((CampaignMemberKey key) -> key.campaign().value().toString())
          .thenComparing(key -> key.customer().value().toString());

  /** The key of a tenant's only audit anchor row. */
  static final String ANCHOR = "anchor";

  private final Unit unit;

  InMemoryRetention(Unit unit) {
    this.unit = unit;
  }

  @Override
  public List<CustomerId> closedCustomers(
      TenantId tenant, Instant closedBefore, CustomerId after, int limit) {
    unit.enter(tenant);
    Checks.notNull(closedBefore, "closedBefore");
    checkLimit(limit);
    String from = after == null ? null : after.value().toString();
    return unit.customerRows.values(tenant).stream()
        .filter(c -> c.status() == CustomerStatus.CLOSED && c.updatedAt().isBefore(closedBefore))
        .map(Customer::id)
        .filter(id -> from == null || id.value().toString().compareTo(from) > 0)
        .sorted(Comparator.comparing(id -> id.value().toString()))
        .limit(limit)
        .toList();
  }

  @Override
  public List<LeadId> leadsToAnonymise(
      TenantId tenant, Set<LeadStatus> statuses, Instant changedBefore, LeadId after, int limit) {
    unit.enter(tenant);
    Checks.notNull(statuses, "statuses");
    Checks.notNull(changedBefore, "changedBefore");
    checkLimit(limit);
    String from = after == null ? null : after.value().toString();
    return unit.leadRows.values(tenant).stream()
        .filter(lead -> statuses.contains(lead.status()))
        .filter(lead -> lead.updatedAt().isBefore(changedBefore))
        .filter(lead -> !LeadAnonymisation.isAnonymised(lead))
        .map(Lead::id)
        .filter(id -> from == null || id.value().toString().compareTo(from) > 0)
        .sorted(Comparator.comparing(id -> id.value().toString()))
        .limit(limit)
        .toList();
  }

  @Override
  public List<CampaignMemberKey> membersOfEndedCampaigns(
      TenantId tenant, LocalDate endedBefore, CampaignMemberKey after, int limit) {
    unit.enter(tenant);
    Checks.notNull(endedBefore, "endedBefore");
    checkLimit(limit);
    Set<CampaignId> ended =
        unit.campaignRows.values(tenant).stream()
            .filter(campaign -> campaign.endsOn().isBefore(endedBefore))
            .map(Campaign::id)
            .collect(Collectors.toSet());
    return unit.memberRows.values(tenant).stream()
        .filter(member -> ended.contains(member.campaign()))
        .map(InMemoryRetention::keyOf)
        .filter(key -> after == null || MEMBER_ORDER.compare(key, after) > 0)
        .sorted(MEMBER_ORDER)
        .limit(limit)
        .toList();
  }

  @Override
  public int deleteMembers(TenantId tenant, List<CampaignMemberKey> members) {
    unit.enter(tenant);
    Checks.notNull(members, "members");
    int deleted = 0;
    for (CampaignMemberKey key : members) {
      MemberKey row = new MemberKey(key.campaign(), key.customer());
      if (unit.memberRows.contains(tenant, row)) {
        unit.memberRows.remove(tenant, row);
        deleted++;
      }
    }
    return deleted;
  }

  @Override
  public AuditHead auditAnchor(TenantId tenant) {
    unit.enter(tenant);
    return unit.auditAnchor(tenant);
  }

  /**
   * Removed entries stay in the committed chain list (entry n at index n - 1) but lie at or before
   * the anchor, which every read skips.
   */
  @Override
  public int pruneAudit(TenantId tenant, long throughSequence) {
    unit.enter(tenant);
    AuditHead anchor = unit.auditAnchor(tenant);
    List<AuditEntry> chain = unit.auditRows.chain(tenant);
    Checks.argument(
        throughSequence > anchor.sequence() && throughSequence <= chain.size(),
        "throughSequence",
        "throughSequence must be after the anchor %s and at most the head %s but was %s",
        anchor.sequence(),
        chain.size(),
        throughSequence);
    AuditEntry last = chain.get((int) throughSequence - 1);
    unit.auditAnchorRows.put(tenant, ANCHOR, new AuditHead(last.sequence(), last.hash()));
    return (int) (throughSequence - anchor.sequence());
  }

  @Override
  public Optional<RetentionCheckpoint> checkpoint(TenantId tenant, RetainedRecordType type) {
    unit.enter(tenant);
    return Optional.ofNullable(unit.checkpointRows.get(tenant, Checks.notNull(type, "type")));
  }

  @Override
  public void saveCheckpoint(TenantId tenant, RetentionCheckpoint checkpoint) {
    unit.enter(tenant);
    Checks.notNull(checkpoint, "checkpoint");
    unit.checkpointRows.put(tenant, checkpoint.type(), checkpoint);
  }

  @Override
  public void clearCheckpoint(TenantId tenant, RetainedRecordType type) {
    unit.enter(tenant);
    unit.checkpointRows.remove(tenant, Checks.notNull(type, "type"));
  }

  private static CampaignMemberKey keyOf(CampaignMember member) {
    return new CampaignMemberKey(member.campaign(), member.customer());
  }

  private static void checkLimit(int limit) {
    Checks.argument(
        limit >= 1 && limit <= MAX_LIMIT,
        "limit",
        "limit must be 1..%s but was %s",
        MAX_LIMIT,
        limit);
  }
}
