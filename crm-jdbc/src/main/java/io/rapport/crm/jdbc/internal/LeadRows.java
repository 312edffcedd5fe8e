package io.rapport.crm.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAssignment;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadConversion;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadProfile;
import io.rapport.crm.lead.LeadScore;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.OpportunityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How a lead maps to its {@code rapport_lead} row: one column per field, the score's reasons as a
 * JSON array, plus the normalised e-mail and postcode keys duplicate matching looks up.
 */
final class LeadRows {
  /** The columns in the order {@link #bindInsert} binds them. */
  static final Table TABLE =
      Table.of(
          "rapport_lead",
          "tenant_id",
          "id",
          "version",
          "status",
          "source_kind",
          "referring_customer_id",
          "referring_employee_id",
          "campaign_id",
          "source_reference",
          "interest",
          "contact_name",
          "email",
          "email_key",
          "phone",
          "birth_date",
          "postcode",
          "postcode_key",
          "consent_contact",
          "consent_marketing",
          "consent_profiling",
          "capture_key",
          "captured_at",
          "branch_code",
          "segment",
          "score_value",
          "score_model",
          "score_reasons",
          "scored_at",
          "owner_id",
          "assignment_rule",
          "assignment_reason",
          "assigned_at",
          "disqualification",
          "linked_customer_id",
          "merged_into_id",
          "converted_customer_id",
          "conversion_new_customer",
          "conversion_opportunity_id",
          "conversion_key",
          "credited_customer_id",
          "credited_employee_id",
          "converted_at",
          "updated_at");

  /** The columns {@link #read} reads. */
  static final String COLUMNS = TABLE.list("", "tenant_id");

  static final String INSERT = TABLE.insert();

  /** Sets every column but the key, in binding order: the next version first. */
  static final String UPDATE =
      """
      UPDATE rapport_lead SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id"));

  private LeadRows() {}

  static void bindInsert(Params params, TenantId tenant, Lead lead) throws SQLException {
    params.id(tenant).id(lead.id()).number(lead.version());
    bindValues(params, lead);
  }

  static void bindUpdate(Params params, TenantId tenant, Lead lead) throws SQLException {
    params.number(lead.version() + 1);
    bindValues(params, lead);
    params.id(tenant).id(lead.id()).number(lead.version());
  }

  private static void bindValues(Params params, Lead lead) throws SQLException {
    LeadSource source = lead.source();
    LeadContact contact = lead.contact();
    params
        .text(lead.status().name())
        .text(source.kind().name())
        .id(source.referringCustomer())
        .id(source.referringEmployee())
        .id(source.campaign())
        .text(source.reference())
        .text(lead.interest().name())
        .text(contact.name())
        .text(contact.email() == null ? null : contact.email().value())
        .text(contact.email() == null ? null : contact.email().normalized())
        .text(contact.phone() == null ? null : contact.phone().normalized())
        .date(contact.dateOfBirth())
        .text(contact.postcode())
        .text(contact.normalizedPostcode())
        .flag(lead.consents().contact())
        .flag(lead.consents().marketing())
        .flag(lead.consents().profiling())
        .text(lead.captureKey())
        .instant(lead.capturedAt())
        .id(lead.branch())
        .text(lead.segment());
    LeadScore score = lead.score();
    if (score == null) {
      params.nullNumber().text(null).text(null).instant(null);
    } else {
      params
          .number(score.value())
          .text(score.model())
          .text(reasons(score.reasons()))
          .instant(score.scoredAt());
    }
    LeadAssignment assignment = lead.assignment();
    params
        .id(assignment == null ? null : assignment.owner())
        .text(assignment == null ? null : assignment.rule())
        .text(assignment == null ? null : assignment.reason())
        .instant(assignment == null ? null : assignment.assignedAt())
        .text(lead instanceof DisqualifiedLead disqualified ? disqualified.reason() : null)
        .id(lead.linkedCustomer())
        .id(lead instanceof DisqualifiedLead disqualified ? disqualified.mergedInto() : null);
    LeadConversion conversion =
        lead instanceof ConvertedLead converted ? converted.conversion() : null;
    if (conversion == null) {
      params.id(null).nullFlag().id(null).text(null).id(null).id(null).instant(null);
    } else {
      params
          .id(conversion.customer())
          .flag(conversion.newCustomer())
          .id(conversion.opportunity())
          .text(conversion.idempotencyKey())
          .id(conversion.creditedCustomer())
          .id(conversion.creditedEmployee())
          .instant(conversion.convertedAt());
    }
    params.instant(lead.updatedAt());
  }

  private static String reasons(List<String> reasons) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    reasons.forEach(array::add);
    return Json.write(array);
  }

  static Lead read(ResultSet row) throws SQLException {
    LeadSource source =
        new LeadSource(
            Columns.enumValue(row, "source_kind", SourceKind.class),
            Columns.text(row, "referring_customer_id", CustomerId::of),
            Columns.text(row, "referring_employee_id", EmployeeId::of),
            Columns.text(row, "campaign_id", CampaignId::of),
            row.getString("source_reference"));
    LeadContact contact =
        new LeadContact(
            row.getString("contact_name"),
            Columns.text(row, "email", EmailAddress::of),
            Columns.text(row, "phone", PhoneNumber::of),
            Columns.date(row, "birth_date"),
            row.getString("postcode"));
    LeadScore score = null;
    String model = row.getString("score_model");
    if (model != null) {
      List<String> reasons = new ArrayList<>();
      for (JsonNode reason : Json.read(row.getString("score_reasons"), "score reasons")) {
        reasons.add(reason.asText());
      }
      score =
          new LeadScore(
              row.getInt("score_value"), model, reasons, Columns.instant(row, "scored_at"));
    }
    LeadAssignment assignment = null;
    String owner = row.getString("owner_id");
    if (owner != null) {
      assignment =
          new LeadAssignment(
              EmployeeId.of(owner),
              row.getString("assignment_rule"),
              row.getString("assignment_reason"),
              Columns.instant(row, "assigned_at"));
    }
    LeadConversion conversion = null;
    String converted = row.getString("converted_customer_id");
    if (converted != null) {
      conversion =
          new LeadConversion(
              CustomerId.of(converted),
              row.getBoolean("conversion_new_customer"),
              Columns.text(row, "conversion_opportunity_id", OpportunityId::of),
              row.getString("conversion_key"),
              Columns.text(row, "credited_customer_id", CustomerId::of),
              Columns.text(row, "credited_employee_id", EmployeeId::of),
              Columns.instant(row, "converted_at"));
    }
    LeadProfile profile =
        new LeadProfile(
            source,
            Columns.enumValue(row, "interest", ProductType.class),
            contact,
            new ConsentFlags(
                row.getBoolean("consent_contact"),
                row.getBoolean("consent_marketing"),
                row.getBoolean("consent_profiling")),
            row.getString("capture_key"),
            Columns.instant(row, "captured_at"),
            Columns.text(row, "branch_code", BranchCode::of),
            row.getString("segment"),
            score,
            assignment,
            Columns.text(row, "linked_customer_id", CustomerId::of));
    return lead(row, profile, conversion);
  }

  /** The lead in the state its status column names. */
  private static Lead lead(ResultSet row, LeadProfile profile, LeadConversion conversion)
      throws SQLException {
    LeadId id = LeadId.of(row.getString("id"));
    long version = row.getLong("version");
    Instant updatedAt = Columns.instant(row, "updated_at");
    LeadStatus status = Columns.enumValue(row, "status", LeadStatus.class);
    return switch (status) {
      case DISQUALIFIED ->
          new DisqualifiedLead(
              id,
              version,
              profile,
              row.getString("disqualification"),
              Columns.text(row, "merged_into_id", LeadId::of),
              updatedAt);
      case CONVERTED -> new ConvertedLead(id, version, profile, conversion, updatedAt);
      case NEW, CONTACTED, QUALIFIED -> new OpenLead(id, version, status, profile, updatedAt);
    };
  }
}
