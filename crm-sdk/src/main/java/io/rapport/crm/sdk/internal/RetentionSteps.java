package io.rapport.crm.sdk.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAnonymisation;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.CampaignMemberKey;
import io.rapport.crm.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link RetentionStep}s of the record types retention handles. */
final class RetentionSteps {
  /** The audit field changes of an anonymised lead: names only, never values. */
  private static final List<FieldChange> ANONYMISED_FIELDS =
      List.of(
          new FieldChange("contact", null, null),
          new FieldChange("captureKey", null, null),
          new FieldChange("linkedCustomer", null, null));

  private RetentionSteps() {}

  /** Leads in {@code statuses} unchanged since the cutoff: anonymised, one audit entry each. */
  static RetentionStep<LeadId> leads(Set<LeadStatus> statuses) {
    Set<LeadStatus> selected = EnumSet.copyOf(statuses);
    return new RetentionStep<>() {
      @Override
      public List<LeadId> select(
          UnitOfWork unit, TenantId tenant, Instant cutoff, LeadId after, int limit) {
        return unit.retention().leadsToAnonymise(tenant, selected, cutoff, after, limit);
      }

      @Override
      public BatchCounts process(Changes changes, List<LeadId> keys) {
        List<Lead> anonymised = new ArrayList<>();
        for (Lead lead : changes.unit().leads().findAll(changes.tenant(), keys)) {
          anonymised.add(LeadAnonymisation.anonymise(lead));
        }
        List<Lead> stored = changes.unit().leads().updateAll(changes.tenant(), anonymised);
        for (Lead lead : stored) {
          changes.record(
              "lead", lead.id(), "lead.anonymised", lead.version(), ANONYMISED_FIELDS, Map.of());
        }
        return BatchCounts.processed(stored.size());
      }

      @Override
      public String text(LeadId key) {
        return key.value().toString();
      }

      @Override
      public LeadId parse(String text) {
        return LeadId.of(text);
      }
    };
  }

  /** Members of campaigns that ended before the cutoff's date (UTC): deleted, audited. */
  static RetentionStep<CampaignMemberKey> campaignMembers() {
    return new RetentionStep<>() {
      @Override
      public List<CampaignMemberKey> select(
          UnitOfWork unit, TenantId tenant, Instant cutoff, CampaignMemberKey after, int limit) {
        LocalDate endedBefore = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        return unit.retention().membersOfEndedCampaigns(tenant, endedBefore, after, limit);
      }

      @Override
      public BatchCounts process(Changes changes, List<CampaignMemberKey> keys) {
        int deleted = changes.unit().retention().deleteMembers(changes.tenant(), keys);
        for (CampaignMemberKey key : keys) {
          changes.record(
              "campaignMember",
              text(key),
              "campaignMember.deleted",
              0,
              List.of(),
              Map.of("campaignId", key.campaign().value().toString()));
        }
        return BatchCounts.processed(deleted);
      }

      @Override
      public String text(CampaignMemberKey key) {
        return key.campaign().value() + "/" + key.customer().value();
      }

      @Override
      public CampaignMemberKey parse(String text) {
        int slash = text.indexOf('/');
        return new CampaignMemberKey(
            CampaignId.of(text.substring(0, slash)), CustomerId.of(text.substring(slash + 1)));
      }
    };
  }

  /**
   * Closed customers closed before the cutoff: erased by {@code eraser} one by one in the batch's
   * unit; customers under a legal hold are counted as held, customers erased before as skipped.
   */
  static RetentionStep<CustomerId> closedCustomers(CustomerEraser eraser) {
    return new RetentionStep<>() {
      @Override
      public List<CustomerId> select(
          UnitOfWork unit, TenantId tenant, Instant cutoff, CustomerId after, int limit) {
        return unit.retention().closedCustomers(tenant, cutoff, after, limit);
      }

      @Override
      public BatchCounts process(Changes changes, List<CustomerId> keys) {
        long erased = 0;
        long held = 0;
        long skipped = 0;
        for (CustomerId customer : keys) {
          switch (eraser.erase(changes, customer)) {
            case ERASED -> erased++;
            case HELD -> held++;
            case ALREADY_ERASED -> skipped++;
          }
        }
        return new BatchCounts(erased, held, skipped);
      }

      @Override
      public String text(CustomerId key) {
        return key.value().toString();
      }

      @Override
      public CustomerId parse(String text) {
        return CustomerId.of(text);
      }
    };
  }

  /**
   * The oldest audit entries, recorded before the cutoff: removed as a prefix of the chain, the
   * chain re-anchored after the last, and one {@code audit.pruned} entry appended per batch.
   */
  static RetentionStep<Long> audit() {
    return new RetentionStep<>() {
      @Override
      public List<Long> select(
          UnitOfWork unit, TenantId tenant, Instant cutoff, Long after, int limit) {
        AuditHead anchor = unit.retention().auditAnchor(tenant);
        List<Long> prefix = new ArrayList<>();
        for (AuditEntry entry : unit.audit().read(tenant, anchor.sequence() + 1, limit)) {
          if (!entry.at().isBefore(cutoff)) {
            break;
          }
          prefix.add(entry.sequence());
        }
        return prefix;
      }

      @Override
      public BatchCounts process(Changes changes, List<Long> keys) {
        TenantId tenant = changes.tenant();
        changes.unit().audit().lockHead(tenant);
        AuditHead anchor = changes.unit().retention().auditAnchor(tenant);
        long through = keys.get(keys.size() - 1);
        int removed = changes.unit().retention().pruneAudit(tenant, through);
        changes.record(
            "auditChain",
            tenant.value(),
            "audit.pruned",
            through,
            List.of(
                new FieldChange(
                    "anchor", String.valueOf(anchor.sequence()), String.valueOf(through))),
            Map.of("removed", String.valueOf(removed)));
        return BatchCounts.processed(removed);
      }

      @Override
      public String text(Long key) {
        return key.toString();
      }

      @Override
      public Long parse(String text) {
        return Long.valueOf(text);
      }
    };
  }
}
