package io.rapport.crm.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.spi.StorageException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The JSON text of the JSON columns: contact points (with their personal data: the database holds
 * the data), tags and audit field changes. Built with Jackson's tree model, so no reflection on
 * Rapport's types. Stateless and thread-safe. Parse errors never quote the stored text.
 */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** The contact points as a JSON array. */
  public static String contactPoints(List<ContactPoint> points) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ContactPoint point : points) {
      ObjectNode node = array.addObject();
      node.put("id", point.id().toString());
      node.put("channel", point.channel().name());
      node.put("purpose", point.purpose().name());
      node.put("primary", point.primary());
      if (point instanceof EmailContact email) {
        node.put("email", email.email().value());
      } else if (point instanceof PhoneContact phone) {
        node.put("phone", phone.phone().value());
      } else if (point instanceof PostalContact postal) {
        address(node.putObject("address"), postal.address());
      }
    }
    return write(array);
  }

  private static void address(ObjectNode node, PostalAddress address) {
    ArrayNode lines = node.putArray("lines");
    address.lines().forEach(lines::add);
    node.put("city", address.city());
    node.put("region", address.region());
    node.put("postcode", address.postcode());
    node.put("country", address.country());
  }

  /** The contact points of a JSON array made by {@link #contactPoints(List)}. */
  public static List<ContactPoint> readContactPoints(String json) {
    List<ContactPoint> points = new ArrayList<>();
    for (JsonNode node : read(json, "contact points")) {
      ContactPointId id = ContactPointId.of(node.path("id").asText());
      ContactPurpose purpose = ContactPurpose.valueOf(node.path("purpose").asText());
      boolean primary = node.path("primary").asBoolean();
      points.add(
          switch (node.path("channel").asText()) {
            case "EMAIL" ->
                new EmailContact(
                    id, EmailAddress.of(node.path("email").asText()), purpose, primary);
            case "PHONE" ->
                new PhoneContact(id, PhoneNumber.of(node.path("phone").asText()), purpose, primary);
            case "POSTAL" ->
                new PostalContact(id, readAddress(node.path("address")), purpose, primary);
            default -> throw new StorageException("A stored contact point has an unknown channel");
          });
    }
    return points;
  }

  private static PostalAddress readAddress(JsonNode node) {
    List<String> lines = new ArrayList<>();
    node.path("lines").forEach(line -> lines.add(line.asText()));
    return new PostalAddress(
        lines,
        node.path("city").asText(),
        textOrNull(node.path("region")),
        textOrNull(node.path("postcode")),
        node.path("country").asText());
  }

  /** The tags as a JSON array of strings. */
  public static String tags(Collection<String> tags) {
    ArrayNode array = MAPPER.createArrayNode();
    tags.forEach(array::add);
    return write(array);
  }

  /** The tags of a JSON array made by {@link #tags(Collection)}. */
  public static TreeSet<String> readTags(String json) {
    TreeSet<String> tags = new TreeSet<>();
    read(json, "tags").forEach(tag -> tags.add(tag.asText()));
    return tags;
  }

  /** Audit field changes as a JSON array. */
  public static String changes(List<FieldChange> changes) {
    ArrayNode array = MAPPER.createArrayNode();
    for (FieldChange change : changes) {
      ObjectNode node = array.addObject();
      node.put("field", change.field());
      node.put("old", change.oldValue());
      node.put("new", change.newValue());
    }
    return write(array);
  }

  /** The field changes of a JSON array made by {@link #changes(List)}. */
  public static List<FieldChange> readChanges(String json) {
    List<FieldChange> changes = new ArrayList<>();
    for (JsonNode node : read(json, "audit changes")) {
      changes.add(
          new FieldChange(
              node.path("field").asText(),
              textOrNull(node.path("old")),
              textOrNull(node.path("new"))));
    }
    return changes;
  }

  static String textOrNull(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new StorageException("Could not write a JSON column");
    }
  }

  static JsonNode read(String json, String what) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      // The parser's message quotes the stored text, which may be personal data: not attached.
      throw new StorageException("The stored " + what + " are not valid JSON");
    }
  }
}
