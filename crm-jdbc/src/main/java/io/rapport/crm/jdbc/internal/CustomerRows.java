package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a customer maps to its rows: one {@code rapport_customer} row holding the contact points and
 * tags as JSON (so one statement reads a whole customer), plus index rows in {@code
 * rapport_customer_tag}, {@code rapport_customer_contact_key} and {@code rapport_customer_name_key}
 * for search by tag, e-mail, phone and name.
 */
final class CustomerRows {
  static final Table TABLE =
      Table.of(
          "rapport_customer",
          "tenant_id",
          "id",
          "version",
          "kind",
          "status",
          "display_name",
          "sort_key",
          "legal_name",
          "founding_date",
          "government_id_kind",
          "government_id_country",
          "government_id_value",
          "preferred_language",
          "owner_id",
          "branch_code",
          "created_at",
          "updated_at",
          "contact_points",
          "tags");

  /** The columns {@link #read} reads, of the customer table aliased {@code c}. */
  static final String COLUMNS = TABLE.list("c.", "tenant_id", "sort_key");

  static final String INSERT = TABLE.insert();

  static final String UPDATE =
      """
      UPDATE rapport_customer SET %s
      WHERE tenant_id = ? AND id = ? AND version = ?"""
          .formatted(TABLE.updateSet("tenant_id", "id"));

  static final String INSERT_TAG =
      Table.of("rapport_customer_tag", "tenant_id", "customer_id", "tag").insert();

  static final String DELETE_TAGS =
      "DELETE FROM rapport_customer_tag WHERE tenant_id = ? AND customer_id = ?";

  static final String INSERT_CONTACT_KEY =
      Table.of(
              "rapport_customer_contact_key",
              "tenant_id",
              "customer_id",
              "contact_point_id",
              "channel",
              "normalized_value")
          .insert();

  static final String DELETE_CONTACT_KEYS =
      "DELETE FROM rapport_customer_contact_key WHERE tenant_id = ? AND customer_id = ?";

  static final String INSERT_NAME_KEY =
      "INSERT INTO rapport_customer_name_key (tenant_id, customer_id, name_key) VALUES (?, ?, ?)";

  static final String DELETE_NAME_KEYS =
      "DELETE FROM rapport_customer_name_key WHERE tenant_id = ? AND customer_id = ?";

  /** One row of {@code rapport_customer_tag}. */
  record TagRow(CustomerId customer, String tag) {}

  /** One row of {@code rapport_customer_contact_key}: an e-mail or phone in normalised form. */
  record ContactKeyRow(CustomerId customer, ContactPoint point, String normalizedValue) {}

  /**
   * One row of {@code rapport_customer_name_key}: a {@link CustomerQuery#nameKeys name key} as
   * UTF-8 bytes, whose unsigned order is code point order.
   */
  record NameKeyRow(CustomerId customer, byte[] key) {}

  private CustomerRows() {}

  /** The UTF-8 bytes of the sort key: their unsigned order is code point order. */
  static byte[] sortKey(String displayName) {
    return CustomerQuery.sortKey(displayName).getBytes(StandardCharsets.UTF_8);
  }

  static void bindInsert(Params params, TenantId tenant, Customer customer) throws SQLException {
    params.id(tenant).id(customer.id()).number(customer.version());
    bindValues(params, customer);
  }

  /** Binds the SET list of {@link #UPDATE} with the next version, then the WHERE clause. */
  static void bindUpdate(Params params, TenantId tenant, Customer customer) throws SQLException {
    params.number(customer.version() + 1);
    bindValues(params, customer);
    params.id(tenant).id(customer.id()).number(customer.version());
  }

  private static void bindValues(Params params, Customer customer) throws SQLException {
    Party party = customer.party();
    GovernmentId governmentId = party.governmentId();
    params
        .text(party.kind().name())
        .text(customer.status().name())
        .text(customer.displayName())
        .bytes(sortKey(customer.displayName()))
        .text(party.legalName())
        .date(party.foundingDate())
        .text(governmentId == null ? null : governmentId.kind().name())
        .text(governmentId == null ? null : governmentId.country())
        .text(governmentId == null ? null : governmentId.value())
        .text(customer.preferredLanguage())
        .id(customer.owner())
        .id(customer.branch())
        .instant(customer.createdAt())
        .instant(customer.updatedAt())
        .text(Json.contactPoints(customer.contactPoints()))
        .text(Json.tags(customer.tags()));
  }

  static List<TagRow> tagRows(List<Customer> customers) {
    List<TagRow> rows = new ArrayList<>();
    for (Customer customer : customers) {
      customer.tags().forEach(tag -> rows.add(new TagRow(customer.id(), tag)));
    }
    return rows;
  }

  static void bindTag(Params params, TenantId tenant, TagRow row) throws SQLException {
    params.id(tenant).id(row.customer()).text(row.tag());
  }

  static List<NameKeyRow> nameKeyRows(List<Customer> customers) {
    List<NameKeyRow> rows = new ArrayList<>();
    for (Customer customer : customers) {
      for (String key : CustomerQuery.nameKeys(customer.displayName())) {
        rows.add(new NameKeyRow(customer.id(), key.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return rows;
  }

  static void bindNameKey(Params params, TenantId tenant, NameKeyRow row) throws SQLException {
    params.id(tenant).id(row.customer()).bytes(row.key());
  }

  static List<ContactKeyRow> contactKeyRows(List<Customer> customers) {
    List<ContactKeyRow> rows = new ArrayList<>();
    for (Customer customer : customers) {
      for (ContactPoint point : customer.contactPoints()) {
        if (point instanceof EmailContact email) {
          rows.add(new ContactKeyRow(customer.id(), point, email.email().normalized()));
        } else if (point instanceof PhoneContact phone) {
          rows.add(new ContactKeyRow(customer.id(), point, phone.phone().normalized()));
        }
      }
    }
    return rows;
  }

  static void bindContactKey(Params params, TenantId tenant, ContactKeyRow row)
      throws SQLException {
    params
        .id(tenant)
        .id(row.customer())
        .id(row.point().id())
        .text(row.point().channel().name())
        .text(row.normalizedValue());
  }

  /** The customer of the current row, selected with {@link #COLUMNS}. */
  static Customer read(ResultSet row) throws SQLException {
    String legalName = row.getString("legal_name");
    LocalDate foundingDate = Columns.date(row, "founding_date");
    String governmentIdKind = row.getString("government_id_kind");
    GovernmentId governmentId =
        governmentIdKind == null
            ? null
            : new GovernmentId(
                GovernmentId.Kind.valueOf(governmentIdKind),
                row.getString("government_id_country"),
                row.getString("government_id_value"));
    Party party =
        Columns.enumValue(row, "kind", PartyKind.class) == PartyKind.PERSON
            ? new Person(legalName, foundingDate, governmentId)
            : new Organisation(legalName, foundingDate, governmentId);
    return new Customer(
        CustomerId.of(row.getString("id")),
        row.getLong("version"),
        party,
        row.getString("display_name"),
        Columns.enumValue(row, "status", CustomerStatus.class),
        Json.readContactPoints(row.getString("contact_points")),
        row.getString("preferred_language"),
        Json.readTags(row.getString("tags")),
        Columns.text(row, "owner_id", EmployeeId::of),
        Columns.text(row, "branch_code", BranchCode::of),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "updated_at"));
  }
}
