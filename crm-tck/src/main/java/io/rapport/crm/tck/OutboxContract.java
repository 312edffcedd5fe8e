package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.Outbox}: events round trip exactly and stay pending, oldest
 * first (by time, then id text), until marked delivered; unknown or delivered ids are ignored; an
 * event of another tenant is refused; each tenant sees only its own events.
 */
public abstract class OutboxContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected OutboxContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("append: events come back from pending exactly as given")
  void append_events_roundTripExactly() {
    // given
    DomainEvent plain = given.anEvent("c-1");
    DomainEvent noData =
        new DomainEvent(
            eventId(),
            tenant,
            "customer.registered",
            "customer",
            "019a-'quoted'",
            1,
            given.later(),
            Actor.system("nightly-import"),
            Map.of());
    DomainEvent richData =
        new DomainEvent(
            eventId(),
            tenant,
            "household.member-added",
            "household",
            "h-1",
            Long.MAX_VALUE,
            Instant.parse("2099-12-31T23:59:59.999999Z"),
            new Actor(Actor.Kind.CUSTOMER, "self-service"),
            Map.of("member", "c-2", "role", "DEPENDANT", "note.with.dots", "100% 'ok'; --"));

    // when
    append(List.of(plain, noData, richData));

    // then
    assertThat(pending(10)).containsExactly(plain, noData, richData);
  }

  @Test
  @DisplayName("pending: oldest first, events of the same time ordered by id text")
  void pending_order_isTimeThenIdText() {
    // given
    List<String> ids = Ids.IN_TEXT_ORDER;
    Instant early = given.now();
    Instant late = early.plusSeconds(60);
    DomainEvent lateFirstId = event(ids.get(0), late);
    DomainEvent earlyLastId = event(ids.get(4), early);
    DomainEvent earlyFirstId = event(ids.get(1), early);
    DomainEvent earlyMiddleId = event(ids.get(3), early);
    append(List.of(lateFirstId, earlyLastId));
    append(List.of(earlyMiddleId, earlyFirstId));

    // when
    List<DomainEvent> pending = pending(10);

    // then
    assertThat(pending).containsExactly(earlyFirstId, earlyMiddleId, earlyLastId, lateFirstId);
  }

  @Test
  @DisplayName("pending: returns at most limit events, the oldest ones")
  void pending_limit_returnsOldest() {
    // given
    List<DomainEvent> events = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      given.later();
      events.add(given.anEvent("c-" + i));
    }
    List<DomainEvent> newestFirst = new ArrayList<>(events);
    Collections.reverse(newestFirst);
    append(newestFirst);

    // when
    List<DomainEvent> oldest = pending(4);

    // then
    assertThat(oldest).containsExactlyElementsOf(events.subList(0, 4));
  }

  @Test
  @DisplayName("markDelivered: delivered events leave pending, the others stay")
  void markDelivered_someEvents_removesOnlyThoseFromPending() {
    // given
    DomainEvent first = given.anEvent("c-1");
    given.later();
    DomainEvent second = given.anEvent("c-2");
    given.later();
    DomainEvent third = given.anEvent("c-3");
    append(List.of(first, second, third));

    // when
    markDelivered(List.of(first.id(), third.id()));

    // then
    assertThat(pending(10)).containsExactly(second);
  }

  @Test
  @DisplayName("markDelivered: unknown and already delivered ids are ignored")
  void markDelivered_unknownAndDeliveredIds_areIgnored() {
    // given
    DomainEvent delivered = given.anEvent("c-1");
    DomainEvent waiting = given.anEvent("c-2");
    append(List.of(delivered, waiting));
    markDelivered(List.of(delivered.id()));

    // when
    markDelivered(List.of(delivered.id(), eventId()));

    // then
    assertThat(pending(10)).containsExactly(waiting);
  }

  @Test
  @DisplayName("append: an event of another tenant is refused with InvalidValueException")
  void append_eventOfAnotherTenant_isRefusedAndNothingStored() {
    // given
    DomainEvent own = given.anEvent("c-1");
    DomainEvent foreign =
        new DomainEvent(
            eventId(),
            Fixtures.freshTenant(),
            "customer.registered",
            "customer",
            "c-2",
            1,
            given.now(),
            Actor.user("u"),
            Map.of());

    // when / then
    assertThatThrownBy(() -> append(List.of(own, foreign)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(pending(10)).isEmpty();
  }

  @Test
  @DisplayName("pending / markDelivered: scoped to the tenant")
  void pendingAndMarkDelivered_otherTenant_seeAndTouchNothing() {
    // given
    DomainEvent own = given.anEvent("c-1");
    append(List.of(own));
    TenantId other = Fixtures.freshTenant();

    // when
    List<DomainEvent> otherPending = storage().inTransaction(tx -> tx.outbox().pending(other, 10));
    storage().inTransactionDo(tx -> tx.outbox().markDelivered(other, List.of(own.id())));

    // then
    assertThat(otherPending).isEmpty();
    assertThat(pending(10)).containsExactly(own);
  }

  private EventId eventId() {
    return new EventId(given.nextUuid());
  }

  private DomainEvent event(String id, Instant at) {
    return given.anEvent(new EventId(UUID.fromString(id)), at, "c-" + id);
  }

  private void append(List<DomainEvent> events) {
    storage().inTransactionDo(tx -> tx.outbox().append(tenant, events));
  }

  private List<DomainEvent> pending(int limit) {
    return storage().inTransaction(tx -> tx.outbox().pending(tenant, limit));
  }

  private void markDelivered(Collection<EventId> ids) {
    storage().inTransactionDo(tx -> tx.outbox().markDelivered(tenant, ids));
  }
}
