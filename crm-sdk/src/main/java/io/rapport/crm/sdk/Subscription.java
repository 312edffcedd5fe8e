package io.rapport.crm.sdk;

/**
 * A listener's subscription to domain events; closing it stops delivery to that listener. Closing
 * twice has no further effect. Thread-safe.
 */
public interface Subscription extends AutoCloseable {
  /** Stops delivering events to the listener; events already being delivered still arrive. */
  @Override
  void close();
}
