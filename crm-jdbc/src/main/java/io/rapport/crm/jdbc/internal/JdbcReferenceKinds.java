package io.rapport.crm.jdbc.internal;

import io.rapport.crm.spi.CustomerReferences;
import java.util.List;

/**
 * The JDBC adapter's {@link CustomerReferences}, one per column naming a customer. A context added
 * later (interactions, cases) appends its own here.
 */
final class JdbcReferenceKinds {
  private JdbcReferenceKinds() {}

  static List<CustomerReferences> all(JdbcUnit unit) {
    return List.of(
        new ColumnReferences(
            unit,
            "relationship-from",
            "rapport_relationship",
            "from_customer_id",
            null,
            "id",
            null,
            "to_customer_id",
            true,
            null),
        new ColumnReferences(
            unit,
            "relationship-to",
            "rapport_relationship",
            "to_customer_id",
            null,
            "id",
            null,
            "from_customer_id",
            true,
            null),
        new HouseholdReferences(unit),
        new ColumnReferences(
            unit,
            "holding",
            "rapport_holding",
            "customer_id",
            null,
            "id",
            "account_reference",
            null,
            true,
            null),
        new ColumnReferences(
            unit,
            "lead-converted",
            "rapport_lead",
            "converted_customer_id",
            null,
            "id",
            null,
            null,
            true,
            null),
        new ColumnReferences(
            unit,
            "lead-linked",
            "rapport_lead",
            "linked_customer_id",
            null,
            "id",
            null,
            null,
            true,
            null),
        new ColumnReferences(
            unit,
            "opportunity",
            "rapport_opportunity",
            "customer_id",
            null,
            "id",
            null,
            null,
            true,
            null),
        new ColumnReferences(
            unit,
            "consent",
            "rapport_consent_record",
            "subject_id",
            null,
            "id",
            null,
            null,
            false,
            "subject_kind = 'CUSTOMER'"),
        new ColumnReferences(
            unit,
            "campaign-member",
            "rapport_campaign_member",
            "customer_id",
            null,
            "campaign_id",
            "campaign_id",
            null,
            true,
            null),
        new ColumnReferences(
            unit,
            "customer-score",
            "rapport_customer_score",
            "customer_id",
            null,
            "kind",
            "kind",
            null,
            false,
            null),
        new ColumnReferences(
            unit,
            "financial-event",
            "rapport_financial_event",
            "customer_id",
            "event_type",
            "external_key",
            null,
            null,
            false,
            null));
  }
}
