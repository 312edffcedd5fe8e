package io.rapport.crm.sdk;

import io.rapport.crm.common.DomainEvent;

/**
 * Reacts to domain events after the change they describe has committed. Delivery is at least once:
 * an event may arrive again (same {@link DomainEvent#id()}) after a failure, so a listener
 * deduplicates on the id. Listeners run synchronously on the thread that made the change (or that
 * called {@link Events#deliverPending}), and must be thread-safe when the host calls the SDK from
 * several threads.
 */
@FunctionalInterface
public interface DomainEventListener {
  /**
   * Handles one event. An exception is caught and logged by the SDK; it never fails or rolls back
   * the command, and the event stays pending for {@link Events#deliverPending}.
   *
   * @param event the committed event; never null
   */
  void on(DomainEvent event);
}
