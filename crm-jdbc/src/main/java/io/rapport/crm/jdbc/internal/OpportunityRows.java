package io.rapport.crm.jdbc.internal;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.LostReason;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.Probability;
import io.rapport.crm.pipeline.StageKind;
import io.rapport.crm.pipeline.WonOpportunity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * How an opportunity maps to its {@code rapport_opportunity} row. The state is a column; a won or
 * lost deal's value (actual amount, or amount when lost), day and cycle length sit in the {@code
 * closed_*} and {@code cycle_days} columns the analytics group by. Competitors are one text joined
 * by line breaks (names cannot hold them).
 */
final class OpportunityRows {
  static final Table TABLE =
      Table.of(
          "rapport_opportunity",
          "tenant_id",
          "id",
          "version",
          "pipeline_id",
          "definition_version",
          "status",
          "customer_id",
          "product_type",
          "amount",
          "amount_scale",
          "currency",
          "expected_close",
          "owner_id",
          "source_lead_id",
          "campaign_id",
          "source_kind",
          "competitors",
          "next_step",
          "stage",
          "probability",
          "forecast_category",
          "forecast_overridden",
          "created_at",
          "stage_entered_at",
          "closed_amount",
          "closed_scale",
          "closed_currency",
          "closed_on",
          "cycle_days",
          "lost_reason_code",
          "lost_reason_label");

  /** The columns {@link #read} reads. */
  static final String COLUMNS = TABLE.list("", "tenant_id");

  static final String INSERT = TABLE.insert();

  static final String UPDATE =
      """
      UPDATE rapport_opportunity SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id"));

  private OpportunityRows() {}

  /**
   * Refuses an amount the columns cannot hold exactly, before anything is written.
   *
   * @throws InvalidValueException if it has more than 6 decimals or 18 integer digits
   */
  static void checkStorable(Money money, String field) {
    BigDecimal amount = money.amount();
    if (amount.scale() > HoldingRows.MAX_SCALE
        || amount.precision() - amount.scale() > HoldingRows.MAX_INTEGER_DIGITS) {
      throw new InvalidValueException(
          field, field + " must have at most 18 integer digits and 6 decimals to be stored");
    }
  }

  static void checkStorable(Opportunity opportunity) {
    checkStorable(opportunity.terms().amount(), "amount");
    if (opportunity instanceof WonOpportunity won) {
      checkStorable(won.actualAmount(), "actualAmount");
    }
  }

  static void bindInsert(Params p, TenantId tenant, Opportunity o) throws SQLException {
    p.id(tenant).id(o.id()).number(o.version());
    bindValues(p, o);
  }

  static void bindUpdate(Params p, TenantId tenant, Opportunity o) throws SQLException {
    p.number(o.version() + 1);
    bindValues(p, o);
    p.id(tenant).id(o.id()).number(o.version());
  }

  private static void bindValues(Params p, Opportunity o) throws SQLException {
    OpportunityTerms terms = o.terms();
    p.id(o.pipeline())
        .number(o.definitionVersion())
        .text(o.status().name())
        .id(terms.customer())
        .text(terms.product().name())
        .decimal(terms.amount().amount())
        .number(terms.amount().amount().scale())
        .text(terms.amount().currency().getCurrencyCode())
        .date(terms.expectedClose())
        .text(terms.owner().value())
        .id(terms.sourceLead())
        .id(terms.campaign())
        .text(terms.source().name())
        .text(terms.competitors().isEmpty() ? null : String.join("\n", terms.competitors()))
        .text(terms.nextStep())
        .text(o.stage())
        .number(o.probability().percent());
    OpenOpportunity open = o instanceof OpenOpportunity value ? value : null;
    p.text(open == null ? null : open.forecastCategory().name())
        .flag(open != null && open.forecastOverridden())
        .instant(o.createdAt())
        .instant(o.stageEnteredAt());
    Money closedValue = null;
    LocalDate closedOn = null;
    Long cycleDays = null;
    LostReason reason = null;
    if (o instanceof WonOpportunity won) {
      closedValue = won.actualAmount();
      closedOn = won.wonOn();
      cycleDays = won.cycleDays();
    } else if (o instanceof LostOpportunity lost) {
      closedValue = terms.amount();
      closedOn = lost.lostOn();
      cycleDays = lost.cycleDays();
      reason = lost.lostReason();
    }
    p.decimal(closedValue == null ? null : closedValue.amount());
    p.optionalNumber(closedValue == null ? null : (long) closedValue.amount().scale())
        .text(closedValue == null ? null : closedValue.currency().getCurrencyCode())
        .date(closedOn)
        .optionalNumber(cycleDays);
    p.text(reason == null ? null : reason.code()).text(reason == null ? null : reason.label());
  }

  static Opportunity read(ResultSet row) throws SQLException {
    String competitors = row.getString("competitors");
    OpportunityTerms terms =
        new OpportunityTerms(
            CustomerId.of(row.getString("customer_id")),
            Columns.enumValue(row, "product_type", ProductType.class),
            money(row, "amount", "amount_scale", "currency"),
            Columns.date(row, "expected_close"),
            EmployeeId.of(row.getString("owner_id")),
            Columns.text(row, "source_lead_id", LeadId::of),
            Columns.text(row, "campaign_id", CampaignId::of),
            competitors == null ? List.of() : Arrays.asList(competitors.split("\n", -1)),
            row.getString("next_step"));
    OpportunityId id = OpportunityId.of(row.getString("id"));
    long version = row.getLong("version");
    PipelineId pipeline = PipelineId.of(row.getString("pipeline_id"));
    int definitionVersion = row.getInt("definition_version");
    String stage = row.getString("stage");
    Instant createdAt = Columns.instant(row, "created_at");
    Instant enteredAt = Columns.instant(row, "stage_entered_at");
    StageKind status = Columns.enumValue(row, "status", StageKind.class);
    return switch (status) {
      case OPEN ->
          new OpenOpportunity(
              id,
              version,
              pipeline,
              definitionVersion,
              terms,
              stage,
              Probability.of(row.getInt("probability")),
              Columns.enumValue(row, "forecast_category", ForecastCategory.class),
              row.getBoolean("forecast_overridden"),
              createdAt,
              enteredAt);
      case WON ->
          new WonOpportunity(
              id,
              version,
              pipeline,
              definitionVersion,
              terms,
              stage,
              money(row, "closed_amount", "closed_scale", "closed_currency"),
              Columns.date(row, "closed_on"),
              createdAt,
              enteredAt);
      case LOST ->
          new LostOpportunity(
              id,
              version,
              pipeline,
              definitionVersion,
              terms,
              stage,
              LostReason.of(row.getString("lost_reason_code"), row.getString("lost_reason_label")),
              Columns.date(row, "closed_on"),
              createdAt,
              enteredAt);
    };
  }

  static Money money(ResultSet row, String amount, String scale, String currency)
      throws SQLException {
    return new Money(
        row.getBigDecimal(amount).setScale(row.getInt(scale)),
        Currency.getInstance(row.getString(currency)));
  }
}
