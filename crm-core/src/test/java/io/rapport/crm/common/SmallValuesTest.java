package io.rapport.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallValuesTest {

  @Test
  void actor_factories_setKindAndRenderKindColonId() {
    // when
    Actor user = Actor.user("rm-17");
    Actor system = Actor.system("nightly-import");

    // then
    assertThat(user.kind()).isEqualTo(Actor.Kind.USER);
    assertThat(user).hasToString("user:rm-17");
    assertThat(system.kind()).isEqualTo(Actor.Kind.SYSTEM);
    assertThat(new Actor(Actor.Kind.CUSTOMER, "web")).hasToString("customer:web");
  }

  @Test
  void actor_invalidValues_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(() -> new Actor(null, "x")).hasMessage("actor.kind must not be null");
    assertThatThrownBy(() -> Actor.user(" ")).hasMessage("actor.id must not be blank");
    assertThatThrownBy(() -> Actor.user("x".repeat(129)))
        .hasMessage("actor.id must have at most 128 characters");
  }

  @Test
  void branchAndEmployee_lengths_areChecked() {
    // when / then
    assertThat(BranchCode.of("LDN-01")).hasToString("LDN-01");
    assertThat(EmployeeId.of("e-42")).hasToString("e-42");
    assertThat(BranchCode.of("b".repeat(32)).value()).hasSize(32);
    assertThatThrownBy(() -> BranchCode.of("b".repeat(33)))
        .hasMessage("branch must have at most 32 characters");
    assertThatThrownBy(() -> EmployeeId.of("e".repeat(65)))
        .hasMessage("employee must have at most 64 characters");
    assertThatThrownBy(() -> EmployeeId.of("")).hasMessage("employee must not be blank");
  }

  @Test
  void exceptions_writeTheirOwnMessagesAndKeepTheValues() {
    // when
    RecordNotFoundException notFound = new RecordNotFoundException("lead", "L-1");
    DuplicateRecordException duplicate = new DuplicateRecordException("customer", "C-1");
    ConcurrentUpdateException concurrent = new ConcurrentUpdateException("customer", "C-1", 3);
    InvalidValueException invalid = new InvalidValueException("a.b", "a.b is wrong");

    // then
    assertThat(notFound).hasMessage("No lead with id L-1").isInstanceOf(CrmException.class);
    assertThat(notFound.recordType()).isEqualTo("lead");
    assertThat(notFound.id()).isEqualTo("L-1");
    assertThat(duplicate).hasMessage("A customer with id C-1 already exists");
    assertThat(duplicate.id()).isEqualTo("C-1");
    assertThat(concurrent)
        .hasMessage(
            "The customer with id C-1 was changed concurrently: version 3 is no longer current");
    assertThat(concurrent.expectedVersion()).isEqualTo(3);
    assertThat(concurrent.recordType()).isEqualTo("customer");
    assertThat(invalid.field()).isEqualTo("a.b");
    assertThat(new CrmException("m", invalid)).hasCause(invalid);
  }
}
