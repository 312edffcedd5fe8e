package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.sdk.DomainEventListener;
import io.rapport.crm.sdk.Events;
import io.rapport.crm.sdk.Subscription;
import io.rapport.crm.spi.CrmStorage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events to listeners and marks them delivered when every listener took them. See
 * {@link Events} for the delivery contract. Thread-safe.
 */
public final class EventDispatcher implements Events {
  /** Pending events read per outbox call. */
  static final int BATCH = 100;

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final CrmStorage storage;
  private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

  /** A dispatcher over the outbox of {@code storage}. */
  public EventDispatcher(CrmStorage storage) {
    this.storage = storage;
  }

  @Override
  public Subscription subscribe(DomainEventListener listener) {
    Checks.notNull(listener, "listener");
    // A wrapper per subscription, so the same listener subscribed twice is removed one at a time.
    DomainEventListener entry = listener::on;
    listeners.add(entry);
    return () -> listeners.remove(entry);
  }

  /** Hands the events of a unit that has just committed to the listeners, if there are any. */
  void afterCommit(TenantId tenant, List<DomainEvent> events) {
    if (events.isEmpty() || listeners.isEmpty()) {
      return;
    }
    List<EventId> delivered = new ArrayList<>(events.size());
    for (DomainEvent event : events) {
      if (deliver(event)) {
        delivered.add(event.id());
      }
    }
    markDelivered(tenant, delivered);
  }

  @Override
  public int deliverPending(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    if (listeners.isEmpty()) {
      return 0;
    }
    Set<EventId> attempted = new HashSet<>();
    int stillPending = 0;
    int delivered = 0;
    while (true) {
      int limit = stillPending + BATCH;
      List<DomainEvent> pending =
          storage.inTransaction(unit -> unit.outbox().pending(tenant, limit));
      List<EventId> done = new ArrayList<>();
      boolean fresh = false;
      for (DomainEvent event : pending) {
        if (attempted.add(event.id())) {
          fresh = true;
          if (deliver(event)) {
            done.add(event.id());
          } else {
            stillPending++;
          }
        }
      }
      if (!fresh) {
        return delivered;
      }
      if (markDelivered(tenant, done)) {
        delivered += done.size();
      } else {
        stillPending += done.size();
      }
    }
  }

  private boolean deliver(DomainEvent event) {
    boolean everyListener = true;
    for (DomainEventListener listener : listeners) {
      try {
        listener.on(event);
      } catch (RuntimeException e) {
        everyListener = false;
        // The exception's message may hold whatever the host put in it: log its type only.
        LOG.warn(
            "A domain event listener failed on event {} ({}) of tenant {} with {}; the event stays"
                + " pending",
            event.id(),
            event.type(),
            event.tenant(),
            e.getClass().getName());
      }
    }
    return everyListener;
  }

  private boolean markDelivered(TenantId tenant, List<EventId> ids) {
    if (ids.isEmpty()) {
      return true;
    }
    try {
      storage.inTransactionDo(unit -> unit.outbox().markDelivered(tenant, ids));
      return true;
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not mark {} event(s) of tenant {} delivered ({}); they will be delivered again",
          ids.size(),
          tenant,
          e.getClass().getName());
      return false;
    }
  }
}
