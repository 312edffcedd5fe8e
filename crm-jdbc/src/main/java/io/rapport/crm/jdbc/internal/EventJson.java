package io.rapport.crm.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The JSON payload of an outbox event: every field of the {@link DomainEvent} but the tenant (a
 * column), with the time to the nanosecond, so the event reads back equal to what was appended.
 */
final class EventJson {
  private EventJson() {}

  static String write(DomainEvent event) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", event.id().toString());
    node.put("type", event.type());
    node.put("aggregateType", event.aggregateType());
    node.put("aggregateId", event.aggregateId());
    node.put("aggregateVersion", event.aggregateVersion());
    node.put("occurredAt", event.occurredAt().toString());
    ObjectNode actor = node.putObject("actor");
    actor.put("kind", event.actor().kind().name());
    actor.put("id", event.actor().id());
    ObjectNode data = node.putObject("data");
    event.data().forEach(data::put);
    return Json.write(node);
  }

  static DomainEvent read(TenantId tenant, String payload) {
    JsonNode node = Json.read(payload, "outbox event");
    Map<String, String> data = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.path("data").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      data.put(field.getKey(), Json.textOrNull(field.getValue()));
    }
    JsonNode actor = node.path("actor");
    return new DomainEvent(
        new EventId(UUID.fromString(node.path("id").asText())),
        tenant,
        node.path("type").asText(),
        node.path("aggregateType").asText(),
        node.path("aggregateId").asText(),
        node.path("aggregateVersion").asLong(),
        Instant.parse(node.path("occurredAt").asText()),
        new Actor(Actor.Kind.valueOf(actor.path("kind").asText()), actor.path("id").asText()),
        data);
  }
}
