package io.rapport.crm.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.RepointedRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The before-images and moved rows of a merge record as JSON: every customer field, contact points
 * and tags in {@link Json}'s forms, times as ISO-8601 text (microseconds kept).
 */
final class MergeJson {
  private MergeJson() {}

  static String customers(List<Customer> customers) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (Customer customer : customers) {
      ObjectNode node = array.addObject();
      node.put("id", customer.id().toString());
      node.put("version", customer.version());
      node.put("kind", customer.kind().name());
      node.put("legalName", customer.party().legalName());
      LocalDate founded = customer.party().foundingDate();
      node.put("foundingDate", founded == null ? null : founded.toString());
      GovernmentId id = customer.party().governmentId();
      if (id != null) {
        ObjectNode government = node.putObject("governmentId");
        government.put("kind", id.kind().name());
        government.put("country", id.country());
        government.put("value", id.value());
      }
      node.put("displayName", customer.displayName());
      node.put("status", customer.status().name());
      node.put("contactPoints", Json.contactPoints(customer.contactPoints()));
      node.put("preferredLanguage", customer.preferredLanguage());
      node.put("tags", Json.tags(customer.tags()));
      node.put("owner", customer.owner() == null ? null : customer.owner().toString());
      node.put("branch", customer.branch() == null ? null : customer.branch().toString());
      node.put("createdAt", customer.createdAt().toString());
      node.put("updatedAt", customer.updatedAt().toString());
    }
    return Json.write(array);
  }

  static List<Customer> readCustomers(String json) {
    List<Customer> customers = new ArrayList<>();
    for (JsonNode node : Json.read(json, "merge before-images")) {
      String legalName = node.path("legalName").asText();
      LocalDate founded = date(Json.textOrNull(node.path("foundingDate")));
      JsonNode government = node.path("governmentId");
      GovernmentId id =
          government.isMissingNode() || government.isNull()
              ? null
              : new GovernmentId(
                  GovernmentId.Kind.valueOf(government.path("kind").asText()),
                  government.path("country").asText(),
                  government.path("value").asText());
      Party party =
          PartyKind.valueOf(node.path("kind").asText()) == PartyKind.PERSON
              ? new Person(legalName, founded, id)
              : new Organisation(legalName, founded, id);
      String owner = Json.textOrNull(node.path("owner"));
      String branch = Json.textOrNull(node.path("branch"));
      customers.add(
          new Customer(
              CustomerId.of(node.path("id").asText()),
              node.path("version").asLong(),
              party,
              node.path("displayName").asText(),
              CustomerStatus.valueOf(node.path("status").asText()),
              Json.readContactPoints(node.path("contactPoints").asText()),
              Json.textOrNull(node.path("preferredLanguage")),
              Json.readTags(node.path("tags").asText()),
              owner == null ? null : EmployeeId.of(owner),
              branch == null ? null : BranchCode.of(branch),
              Instant.parse(node.path("createdAt").asText()),
              Instant.parse(node.path("updatedAt").asText())));
    }
    return customers;
  }

  static String rows(List<RepointedRow> rows) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (RepointedRow row : rows) {
      array.addArray().add(row.kind()).add(row.key()).add(row.from().toString());
    }
    return Json.write(array);
  }

  static List<RepointedRow> readRows(String json) {
    List<RepointedRow> rows = new ArrayList<>();
    for (JsonNode node : Json.read(json, "merge rows")) {
      rows.add(
          new RepointedRow(
              node.get(0).asText(), node.get(1).asText(), CustomerId.of(node.get(2).asText())));
    }
    return rows;
  }

  static String ids(List<CustomerId> ids) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    ids.forEach(id -> array.add(id.toString()));
    return Json.write(array);
  }

  static List<CustomerId> readIds(String json) {
    List<CustomerId> ids = new ArrayList<>();
    Json.read(json, "merged ids").forEach(node -> ids.add(CustomerId.of(node.asText())));
    return ids;
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
