package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.compliance.SubjectExportHeader;
import io.rapport.crm.compliance.SubjectSection;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Streams everything stored about one customer to a {@link SubjectDataVisitor}: audits the export,
 * reads the small sections in one unit of work, then pages through financial events and audit
 * entries, one unit of work per page, visiting outside every unit. Thread-safe.
 */
public final class SubjectExporter {
  /** Financial events or audit entries read per page. */
  public static final int PAGE_SIZE = 500;

  private final CommandRunner runner;

  /** An exporter over {@code runner}'s storage and clock. */
  public SubjectExporter(CommandRunner runner) {
    this.runner = runner;
  }

  /** See {@link io.rapport.crm.sdk.Privacy#export}. */
  public void export(Caller caller, CustomerId id, SubjectDataVisitor visitor) {
    TenantId tenant = caller.tenant();
    Instant now = runner.now();
    runner.write(
        caller,
        now,
        changes -> {
          Customer customer = changes.unit().customers().get(tenant, id);
          changes.record(
              DefaultCustomers.TYPE,
              id,
              "customer.exported",
              customer.version(),
              List.of(),
              Map.of());
          return null;
        });
    SubjectRecords records = runner.read(unit -> SubjectRecords.read(unit, tenant, id));
    visitor.begin(SubjectExportHeader.of(tenant, id, now));
    section(visitor, SubjectSection.CUSTOMER, List.of(records.customer()));
    section(visitor, SubjectSection.RELATIONSHIPS, records.relationships());
    section(visitor, SubjectSection.HOUSEHOLDS, records.households());
    section(visitor, SubjectSection.HOLDINGS, records.holdings());
    section(visitor, SubjectSection.LEADS, records.leads());
    section(visitor, SubjectSection.OPPORTUNITIES, records.opportunities());
    section(visitor, SubjectSection.STAGE_HISTORY, records.stageHistory());
    section(visitor, SubjectSection.CONSENTS, records.consents());
    section(visitor, SubjectSection.CAMPAIGN_MEMBERSHIPS, records.campaignMemberships());
    section(visitor, SubjectSection.SEGMENT_LISTS, records.segmentLists());
    section(visitor, SubjectSection.SCORES, records.scores());
    visitor.beginSection(SubjectSection.FINANCIAL_EVENTS);
    financialEvents(tenant, id, visitor);
    visitor.endSection(SubjectSection.FINANCIAL_EVENTS);
    visitor.beginSection(SubjectSection.AUDIT_ENTRIES);
    new AuditMerge(
            (key, after, limit) ->
                runner.read(
                    unit ->
                        runner
                            .sealer()
                            .open(
                                unit,
                                tenant,
                                unit.audit()
                                    .forRecord(tenant, key.type(), key.id(), after, limit))),
            PAGE_SIZE)
        .forEach(records.auditKeys(), visitor::record);
    visitor.endSection(SubjectSection.AUDIT_ENTRIES);
    visitor.end();
  }

  private static void section(
      SubjectDataVisitor visitor, SubjectSection section, List<?> sectionRecords) {
    visitor.beginSection(section);
    sectionRecords.forEach(visitor::record);
    visitor.endSection(section);
  }

  private void financialEvents(TenantId tenant, CustomerId id, SubjectDataVisitor visitor) {
    FinancialEvent after = null;
    List<FinancialEvent> page;
    do {
      FinancialEvent from = after;
      page = runner.read(unit -> unit.financialEvents().forCustomer(tenant, id, from, PAGE_SIZE));
      page.forEach(visitor::record);
      after = page.isEmpty() ? after : page.get(page.size() - 1);
    } while (page.size() == PAGE_SIZE);
  }
}
