package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something that happened to an aggregate, e.g. {@code customer.registered}. Events are written to
 * the outbox in the command's transaction and handed to listeners after commit, at least once;
 * listeners deduplicate on {@link #id()}. {@code data} holds ids, codes and field names only, never
 * personal data.
 *
 * @param id stable id for deduplication
 * @param type dotted event type, e.g. {@code customer.status-changed}
 * @param aggregateType record type, e.g. {@code customer}
 * @param aggregateId the record's id as a string
 * @param aggregateVersion the record's version after the change
 * @param data small, PII-free attributes, sorted by key
 */
public record DomainEvent(
    EventId id,
    TenantId tenant,
    String type,
    String aggregateType,
    String aggregateId,
    long aggregateVersion,
    Instant occurredAt,
    Actor actor,
    Map<String, String> data) {

  /** Checks presence and copies the data into a sorted, unmodifiable map. */
  public DomainEvent {
    Checks.notNull(id, "id");
    Checks.notNull(tenant, "tenant");
    Checks.text(type, "type", 100);
    Checks.text(aggregateType, "aggregateType", 50);
    Checks.text(aggregateId, "aggregateId", 100);
    Checks.notNull(occurredAt, "occurredAt");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    Checks.notNull(actor, "actor");
    Checks.notNull(data, "data");
    for (Map.Entry<String, String> entry : data.entrySet()) {
      Checks.argument(
          entry.getKey() != null && entry.getValue() != null,
          "data",
          "data must not hold null keys or values");
    }
    data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
  }
}
