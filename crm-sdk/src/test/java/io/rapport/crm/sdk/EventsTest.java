package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EventId;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.IllegalStatusTransitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventsTest extends SdkFixture {

  @Test
  void listener_isCalledAfterCommit_andSeesTheCommittedChange() {
    // given
    List<Boolean> visibleToListener = new ArrayList<>();
    crm.events()
        .subscribe(
            event ->
                visibleToListener.add(
                    crm.customers().find(caller, CustomerId.of(event.aggregateId())).isPresent()));

    // when
    register(NAME);

    // then
    assertThat(visibleToListener).containsExactly(true);
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void listener_failedCommand_receivesNothing() {
    // given
    collectEvents();
    Customer ada = register(NAME);
    crm.customers().changeStatus(caller, ada.id(), 1, CustomerStatus.CLOSED);
    received.clear();

    // when
    catchThrowableOfType(
        IllegalStatusTransitionException.class,
        () -> crm.customers().changeStatus(caller, ada.id(), 2, CustomerStatus.ACTIVE));
    catchThrowableOfType(
        CommandValidationException.class,
        () -> crm.customers().register(caller, RegisterCustomer.person("").build()));

    // then
    assertThat(received).isEmpty();
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void failingListener_doesNotFailCommand_andEventIsRedeliveredWithSameId() {
    // given
    AtomicInteger failures = new AtomicInteger();
    Subscription failing =
        crm.events()
            .subscribe(
                event -> {
                  failures.incrementAndGet();
                  throw new IllegalStateException("downstream for " + NAME + " is down");
                });
    collectEvents();

    // when
    Customer ada = register(NAME);

    // then
    assertThat(crm.customers().get(caller, ada.id())).isEqualTo(ada);
    assertThat(failures).hasValue(1);
    assertThat(received).hasSize(1);
    EventId firstId = received.get(0).id();
    assertThat(pendingEvents()).extracting(DomainEvent::id).containsExactly(firstId);

    // when the failing listener is gone, redelivery succeeds
    failing.close();
    int delivered = crm.events().deliverPending(tenant);

    // then
    assertThat(delivered).isEqualTo(1);
    assertThat(received).extracting(DomainEvent::id).containsExactly(firstId, firstId);
    assertThat(received.get(1)).isEqualTo(received.get(0));
    assertThat(pendingEvents()).isEmpty();
    assertThat(crm.events().deliverPending(tenant)).isZero();
  }

  @Test
  void deliverPending_listenerKeepsFailing_triesEachEventOncePerCall() {
    // given
    register(NAME);
    register("Charles Babbage");
    AtomicInteger calls = new AtomicInteger();
    crm.events()
        .subscribe(
            event -> {
              calls.incrementAndGet();
              throw new IllegalStateException("still down");
            });

    // when
    int delivered = crm.events().deliverPending(tenant);

    // then
    assertThat(delivered).isZero();
    assertThat(calls).hasValue(2);
    assertThat(pendingEvents()).hasSize(2);
  }

  @Test
  void noListener_eventsStayPendingUntilOneSubscribes() {
    // given
    register(NAME);
    register("Charles Babbage");
    assertThat(crm.events().deliverPending(tenant)).isZero();
    assertThat(pendingEvents()).hasSize(2);
    collectEvents();

    // when
    int delivered = crm.events().deliverPending(tenant);

    // then
    assertThat(delivered).isEqualTo(2);
    assertThat(received)
        .extracting(DomainEvent::type)
        .containsExactly("customer.registered", "customer.registered");
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void deliverPending_moreThanOneBatch_deliversAll() {
    // given
    for (int i = 0; i < 150; i++) {
      register("Person " + i);
    }
    collectEvents();

    // when
    int delivered = crm.events().deliverPending(tenant);

    // then
    assertThat(delivered).isEqualTo(150);
    assertThat(received).extracting(DomainEvent::id).doesNotHaveDuplicates().hasSize(150);
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void closedSubscription_receivesNoMoreEvents() {
    // given
    Subscription subscription = collectEvents();
    register(NAME);

    // when
    subscription.close();
    subscription.close();
    register("Charles Babbage");

    // then
    assertThat(received).hasSize(1);
    assertThat(pendingEvents()).hasSize(1);
  }

  @Test
  void sameListenerSubscribedTwice_receivesEachEventTwice() {
    // given
    DomainEventListener listener = received::add;
    crm.events().subscribe(listener);
    Subscription second = crm.events().subscribe(listener);

    // when
    register(NAME);
    second.close();
    register("Charles Babbage");

    // then
    assertThat(received).hasSize(3);
  }

  @Test
  void events_ofOtherTenant_areNotRedeliveredForThisTenant() {
    // given
    Caller other = Caller.of(TenantId.of("t-elsewhere"), caller.actor());
    crm.customers().register(other, RegisterCustomer.person("Other Person").build());
    collectEvents();

    // when
    int delivered = crm.events().deliverPending(tenant);

    // then
    assertThat(delivered).isZero();
    assertThat(received).isEmpty();
  }
}
