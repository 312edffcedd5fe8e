package io.rapport.crm.spi;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import java.util.Collection;
import java.util.List;

/**
 * Domain events written in the same transaction as the change they describe, kept until marked
 * delivered. Arguments must not be null.
 */
public interface Outbox {

  /**
   * Stores events of {@code tenant} as undelivered.
   *
   * @throws io.rapport.crm.common.InvalidValueException if an event belongs to another tenant
   */
  void append(TenantId tenant, List<DomainEvent> events);

  /** Up to {@code limit} undelivered events of the tenant, oldest first (by time, then id). */
  List<DomainEvent> pending(TenantId tenant, int limit);

  /** Marks the events delivered; unknown or already delivered ids are ignored. */
  void markDelivered(TenantId tenant, Collection<EventId> ids);
}
