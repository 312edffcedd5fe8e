package io.rapport.crm.sdk;

import io.rapport.crm.common.TenantId;

/**
 * Hands committed domain events to listeners, at least once.
 *
 * <p>Every command writes its events to the storage's outbox in its own unit of work. Right after
 * the unit commits, the SDK hands them, on the caller's thread, to every subscribed listener, and
 * marks them delivered (in a new unit of work) only when every listener took them without throwing.
 * A listener failure is logged (ids only), never fails the command, and leaves the event pending.
 * When no listener is subscribed, events stay pending in the outbox untouched. Pending events reach
 * listeners through {@link #deliverPending}, with the same event id, so listeners deduplicate on
 * {@link io.rapport.crm.common.DomainEvent#id()}.
 *
 * <p>When the SDK runs inside a unit of work the host already holds (a joined transaction), the
 * after-commit hand-over happens when the SDK call returns, before the host commits: hosts doing
 * that should leave listeners unsubscribed and call {@link #deliverPending} after their commit.
 * Thread-safe.
 */
public interface Events {

  /**
   * Adds a listener for the events of every tenant committed from now on, and for pending ones
   * handed over by {@link #deliverPending}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code listener} is null
   */
  Subscription subscribe(DomainEventListener listener);

  /**
   * Hands the tenant's pending events, oldest first, to every subscribed listener and marks those
   * that every listener took as delivered. Each event is tried once per call; events a listener
   * refused stay pending. Does nothing when no listener is subscribed.
   *
   * @return how many events were delivered and marked delivered
   * @throws io.rapport.crm.common.InvalidValueException if {@code tenant} is null
   * @throws io.rapport.crm.spi.StorageException if the outbox cannot be read
   */
  int deliverPending(TenantId tenant);
}
