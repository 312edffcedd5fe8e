package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.compliance.SubjectExportHeader;
import io.rapport.crm.compliance.SubjectSection;
import io.rapport.crm.compliance.access.AccessDeniedException;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Access at the entry points of the governance services (privacy, duplicates, retention), which
 * {@link AccessSecurityTest}'s reflective walk does not cover yet.
 */
class GovernanceAccessTest {
  private final AccessWorld world = new AccessWorld();
  private final CustomerId absent = CustomerId.of(UUID.randomUUID().toString());

  @Test
  void export_hiddenCustomer_failsExactlyLikeAnAbsentOne() {
    // given
    List<Object> received = new ArrayList<>();
    // when
    Throwable hidden =
        catchThrowable(
            () -> world.crm.privacy().export(world.ada, world.hiddenCustomer.id(), sink(received)));
    Throwable missing =
        catchThrowable(() -> world.crm.privacy().export(world.ada, absent, sink(received)));
    // then
    assertThat(hidden).isInstanceOf(CustomerNotFoundException.class);
    assertThat(missing).isInstanceOf(CustomerNotFoundException.class);
    assertThat(hidden.getMessage().replace(world.hiddenCustomer.id().toString(), "<id>"))
        .isEqualTo(missing.getMessage().replace(absent.toString(), "<id>"));
    assertThat(received).isEmpty();
  }

  @Test
  void eraseAndHolds_hiddenCustomer_failLikeAbsentAndChangeNothing() {
    // given
    String before = world.snapshot();
    // when / then
    assertThatThrownBy(() -> world.crm.privacy().erase(world.ada, world.hiddenCustomer.id()))
        .isInstanceOf(CustomerNotFoundException.class);
    assertThatThrownBy(
            () ->
                world.crm.privacy().placeLegalHold(world.ada, world.hiddenCustomer.id(), "case 1"))
        .isInstanceOf(CustomerNotFoundException.class);
    assertThat(world.crm.privacy().legalHold(world.ada, world.hiddenCustomer.id())).isEmpty();
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void duplicatesAndRetention_advisor_areRefusedWithoutChangingAnything() {
    // given
    String before = world.snapshot();
    // when / then
    assertThatThrownBy(() -> world.crm.duplicates().find(world.ada, DuplicateSearch.standard()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                world
                    .crm
                    .retention()
                    .applyRetention(world.ada, Instant.parse("2030-01-01T00:00:00Z")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(world.snapshot()).isEqualTo(before);
  }

  @Test
  void export_systemCaller_seesTheHiddenCustomer() {
    // given
    List<Object> received = new ArrayList<>();
    // when
    world.crm.privacy().export(world.admin, world.hiddenCustomer.id(), sink(received));
    // then
    assertThat(received).contains(world.hiddenCustomer.id());
  }

  private static SubjectDataVisitor sink(List<Object> received) {
    return new SubjectDataVisitor() {
      @Override
      public void begin(SubjectExportHeader header) {
        received.add(header.subject());
      }

      @Override
      public void beginSection(SubjectSection section) {}

      @Override
      public void record(Object record) {
        received.add(record);
      }

      @Override
      public void endSection(SubjectSection section) {}

      @Override
      public void end() {}
    };
  }
}
