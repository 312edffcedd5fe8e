package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.UnitOfWork;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs SDK commands and queries in units of work: a command's changes, audit entries and events
 * commit together, then the events go to the listeners. Thread-safe.
 */
public final class CommandRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

  private final CrmStorage storage;
  private final Clock clock;
  private final IdSource ids;
  private final EventDispatcher dispatcher;
  private final AccessGuard access;
  private final SubjectSealer sealer;

  /** A runner over {@code storage}, with the SDK's clock, id source and dispatcher, no policy. */
  public CommandRunner(CrmStorage storage, Clock clock, IdSource ids, EventDispatcher dispatcher) {
    this(
        storage,
        clock,
        ids,
        dispatcher,
        AccessGuard.unrestricted(),
        new SubjectSealer(new SecureRandom(), null));
  }

  /**
   * A runner over {@code storage}, with the SDK's clock, id source and dispatcher, whose services
   * enforce record-level access through {@code access} and seal the audit values of customers and
   * leads with {@code sealer}.
   */
  public CommandRunner(
      CrmStorage storage,
      Clock clock,
      IdSource ids,
      EventDispatcher dispatcher,
      AccessGuard access,
      SubjectSealer sealer) {
    this.storage = storage;
    this.clock = clock;
    this.ids = ids;
    this.dispatcher = dispatcher;
    this.access = access;
    this.sealer = sealer;
  }

  /** The record-level access guard every service checks its reads and changes with. */
  public AccessGuard access() {
    return access;
  }

  /** How audit values of customers and leads are sealed and opened. */
  public SubjectSealer sealer() {
    return sealer;
  }

  /** The current time of the SDK clock. */
  public Instant now() {
    return clock.instant();
  }

  /** The date of {@code instant} in the SDK clock's zone. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, clock.getZone());
  }

  /** The SDK's id source. */
  public IdSource ids() {
    return ids;
  }

  /** Runs a read in one unit of work. */
  public <T> T read(Function<UnitOfWork, T> work) {
    return storage.inTransaction(work);
  }

  /**
   * Runs a command at {@code now} in one unit of work, appends its audit entries and events at the
   * end of that unit, and after commit hands the events to the listeners.
   */
  public <T> T write(Caller caller, Instant now, Function<Changes, T> work) {
    Committed<T> committed =
        storage.inTransaction(
            unit -> {
              Changes changes = new Changes(unit, caller, now, ids, access, sealer);
              T value = work.apply(changes);
              changes.flush();
              return new Committed<>(value, changes.events());
            });
    if (LOG.isDebugEnabled()) {
      for (DomainEvent event : committed.events()) {
        LOG.debug(
            "{} {} {} v{} by {}",
            event.tenant(),
            event.type(),
            event.aggregateId(),
            event.aggregateVersion(),
            event.actor());
      }
    }
    dispatcher.afterCommit(caller.tenant(), committed.events());
    return committed.value();
  }

  private record Committed<T>(T value, List<DomainEvent> events) {}
}
