package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.party.CustomerId;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The per-person reads a subject-access export makes: keyset pages of a customer's financial events
 * and of a record's audit entries, and the few leads and campaign memberships of a customer. Each
 * statement follows an index (migration V13 adds the customer indexes of financial events and
 * leads); ORDER BY names the index's columns so H2 stops at the limit.
 */
final class SubjectReads {
  private static final String EVENTS =
      """
      SELECT %s FROM rapport_financial_event
      WHERE tenant_id = ? AND customer_id = ? %%s
      ORDER BY tenant_id, customer_id, event_day, event_type, external_key
      LIMIT ?"""
          .formatted(FinancialEventRows.COLUMNS);
  private static final String AFTER_EVENT =
      """
      AND (event_day > ? OR (event_day = ? AND (event_type > ?
        OR (event_type = ? AND external_key > ?))))""";
  private static final String AUDIT_PAGE =
      """
      SELECT %s FROM rapport_audit_entry
      WHERE tenant_id = ? AND record_type = ? AND record_id = ? AND sequence_no > ?
      ORDER BY tenant_id, record_type, record_id, sequence_no
      LIMIT ?"""
          .formatted(JdbcAuditLog.TABLE.list("", "tenant_id"));
  private static final String LEADS =
      """
      SELECT %s FROM rapport_lead
      WHERE tenant_id = ? AND (converted_customer_id = ? OR linked_customer_id = ?)
      ORDER BY id"""
          .formatted(LeadRows.COLUMNS);
  private static final String MEMBERS =
      """
      SELECT %s FROM rapport_campaign_member
      WHERE tenant_id = ? AND customer_id = ?
      ORDER BY tenant_id, customer_id, campaign_id"""
          .formatted(JdbcCampaignMembers.COLUMNS);

  private static final String LISTS =
      """
      SELECT s.id, s.version, s.name, s.created_at
      FROM rapport_segment_list_member m
      JOIN rapport_segment s ON s.tenant_id = m.tenant_id AND s.id = m.segment_id
      WHERE m.tenant_id = ? AND m.customer_id = ?
      ORDER BY m.segment_id""";

  private SubjectReads() {}

  static List<Segment> lists(Sql sql, TenantId tenant, CustomerId customer) throws SQLException {
    return sql.query(
        LISTS,
        p -> p.id(tenant).id(customer),
        row ->
            new Segment(
                SegmentId.of(row.getString("id")),
                row.getLong("version"),
                row.getString("name"),
                null,
                Set.of(customer),
                Columns.instant(row, "created_at")));
  }

  static List<FinancialEvent> events(
      Sql sql, TenantId tenant, CustomerId customer, FinancialEvent after, int limit)
      throws SQLException {
    return sql.query(
        EVENTS.formatted(after == null ? "" : AFTER_EVENT),
        p -> {
          p.id(tenant).id(customer);
          if (after != null) {
            p.date(after.day())
                .date(after.day())
                .text(after.type().name())
                .text(after.type().name())
                .text(after.key().value());
          }
          p.number(limit);
        },
        FinancialEventRows::read);
  }

  static List<AuditEntry> audit(
      Sql sql, TenantId tenant, String recordType, String recordId, long after, int limit)
      throws SQLException {
    return sql.query(
        AUDIT_PAGE,
        p -> p.id(tenant).text(recordType).text(recordId).number(after).number(limit),
        row -> JdbcAuditLog.read(row, tenant));
  }

  static List<Lead> leads(Sql sql, TenantId tenant, CustomerId customer) throws SQLException {
    return sql.query(LEADS, p -> p.id(tenant).id(customer).id(customer), LeadRows::read);
  }

  static List<CampaignMember> members(Sql sql, TenantId tenant, CustomerId customer)
      throws SQLException {
    return sql.query(MEMBERS, p -> p.id(tenant).id(customer), JdbcCampaignMembers::read);
  }
}
