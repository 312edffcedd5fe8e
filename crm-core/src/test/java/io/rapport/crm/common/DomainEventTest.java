package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainEventTest {
  private static final EventId ID =
      new EventId(UUID.fromString("0190a4b2-7c1e-7000-8000-00000000000a"));
  private static final TenantId TENANT = TenantId.of("bank-1");
  private static final Instant AT = Instant.parse("2024-05-01T10:15:30Z");

  @Test
  void new_data_isSortedByKeyAndCopied() {
    // given
    Map<String, String> data = new HashMap<>();
    data.put("zeta", "1");
    data.put("alpha", "2");
    data.put("mid", "3");

    // when
    DomainEvent event = event(data);
    data.put("late", "4");

    // then
    assertThat(event.data().keySet()).containsExactly("alpha", "mid", "zeta");
    assertThat(event.data()).doesNotContainKey("late");
  }

  @Test
  void data_isUnmodifiable() {
    // given
    DomainEvent event = event(Map.of("status", "ACTIVE"));

    // when / then
    assertThatThrownBy(() -> event.data().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> event.data().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_missingValues_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(
            () ->
                new DomainEvent(
                    null, TENANT, "t", "customer", "1", 1, AT, Actor.system("s"), Map.of()))
        .hasMessage("id must not be null");
    assertThatThrownBy(
            () ->
                new DomainEvent(ID, null, "t", "customer", "1", 1, AT, Actor.system("s"), Map.of()))
        .hasMessage("tenant must not be null");
    assertThatThrownBy(
            () ->
                new DomainEvent(
                    ID, TENANT, " ", "customer", "1", 1, AT, Actor.system("s"), Map.of()))
        .hasMessage("type must not be blank");
    assertThatThrownBy(
            () -> new DomainEvent(ID, TENANT, "t", "customer", "1", 1, AT, Actor.system("s"), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("data must not be null");
    assertThatThrownBy(
            () ->
                new DomainEvent(
                    ID, TENANT, "t", "customer", "1", 1, null, Actor.system("s"), Map.of()))
        .hasMessage("occurredAt must not be null");
  }

  private static DomainEvent event(Map<String, String> data) {
    return new DomainEvent(
        ID,
        TENANT,
        "customer.status-changed",
        "customer",
        "0190a4b2-7c1e-7000-8000-000000000001",
        2,
        AT,
        Actor.user("rm-17"),
        data);
  }
}
