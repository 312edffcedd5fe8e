package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.RecordNotFoundException;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HouseholdsTest extends SdkFixture {
  private final Customer ada = register(NAME);
  private final Customer william = register("William King");
  private final Customer byron = register("Byron King");

  private Household kingHousehold() {
    return crm.households()
        .create(
            caller,
            CreateHousehold.named("King household")
                .member(ada.id(), HouseholdRole.HEAD, true)
                .member(william.id(), HouseholdRole.SPOUSE_OR_PARTNER, true)
                .build());
  }

  @Test
  void create_existingMembers_storesAuditsMaskedNameAndEmits() {
    // given
    collectEvents();

    // when
    Household household = kingHousehold();

    // then
    assertThat(household.version()).isEqualTo(1);
    assertThat(household.primaryMember()).isEqualTo(ada.id());
    assertThat(crm.households().get(caller, household.id())).isEqualTo(household);
    assertThat(crm.households().of(caller, william.id())).containsExactly(household);
    AuditEntry entry = crm.audit().history(caller, "household", household.id().toString()).get(0);
    assertThat(entry.action()).isEqualTo("household.created");
    assertThat(entry.changes())
        .extracting(FieldChange::field, FieldChange::newValue)
        .contains(
            tuple("name", "K***(14)"),
            tuple("members[" + ada.id() + "]", "HEAD primary-household"));
    assertFreeOf(entry.toString(), "King household");
    assertThat(received).extracting(e -> e.type()).containsExactly("household.created");
    assertThat(received.get(0).data()).containsEntry("members", "2");
  }

  @Test
  void create_memberAlreadyInAnotherPrimaryHousehold_isRefusedAndLeavesNothing() {
    // given
    kingHousehold();
    AuditHead before = auditHead();
    int pendingBefore = pendingEvents().size();
    collectEvents();

    // when
    HouseholdMembershipException thrown =
        catchThrowableOfType(
            HouseholdMembershipException.class,
            () ->
                crm.households()
                    .create(
                        caller,
                        CreateHousehold.named("Byron household")
                            .member(byron.id(), HouseholdRole.HEAD, true)
                            .member(ada.id(), HouseholdRole.OTHER, true)
                            .build()));

    // then
    assertThat(thrown.customerId()).isEqualTo(ada.id());
    assertThat(crm.households().of(caller, byron.id())).isEmpty();
    assertThat(crm.households().of(caller, ada.id())).hasSize(1);
    assertThat(auditHead()).isEqualTo(before);
    assertThat(pendingEvents()).hasSize(pendingBefore);
    assertThat(received).isEmpty();
  }

  @Test
  void create_memberInAnotherHouseholdNotAsPrimary_isStored() {
    // given
    kingHousehold();

    // when
    crm.households()
        .create(
            caller,
            CreateHousehold.named("Byron household")
                .member(byron.id(), HouseholdRole.HEAD, true)
                .member(ada.id(), HouseholdRole.OTHER, false)
                .build());

    // then
    assertThat(crm.households().of(caller, ada.id())).hasSize(2);
  }

  @Test
  void create_unknownMember_throwsNotFound() {
    // given
    CustomerId unknown = new CustomerId(UUID.randomUUID());

    // when
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class,
            () ->
                crm.households()
                    .create(
                        caller,
                        CreateHousehold.named("Ghosts")
                            .member(ada.id(), HouseholdRole.HEAD, false)
                            .member(unknown, HouseholdRole.OTHER, false)
                            .build()));

    // then
    assertThat(thrown.id()).isEqualTo(unknown);
    assertThat(crm.households().of(caller, ada.id())).isEmpty();
  }

  @Test
  void create_invalidCommand_reportsEveryViolation() {
    // given
    CreateHousehold command =
        new CreateHousehold(
            " ",
            byron.id(),
            List.of(
                new HouseholdMember(ada.id(), HouseholdRole.HEAD, false),
                new HouseholdMember(ada.id(), HouseholdRole.OTHER, false)));
    CreateHousehold empty = new CreateHousehold("Nobody", null, List.of());

    // when
    CommandValidationException blankName =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.households().create(caller, command));
    CommandValidationException noMembers =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.households().create(caller, empty));

    // then
    assertThat(blankName.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("name", "NotBlank"));
    assertThat(noMembers.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("members", "Size"));
  }

  @Test
  void create_memberListedTwice_isValidationError() {
    // given
    CreateHousehold command =
        CreateHousehold.named("Twice")
            .member(ada.id(), HouseholdRole.HEAD, false)
            .member(ada.id(), HouseholdRole.OTHER, false)
            .build();

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.households().create(caller, command));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("members", Violation.INVALID_VALUE));
  }

  @Test
  void addMember_existingCustomer_storesNewVersionAndAudits() {
    // given
    Household household = kingHousehold();

    // when
    Household changed =
        crm.households()
            .addMember(caller, household.id(), 1, byron.id(), HouseholdRole.DEPENDANT, true);

    // then
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.hasMember(byron.id())).isTrue();
    assertThat(crm.audit().history(caller, "household", household.id().toString()))
        .extracting(AuditEntry::action)
        .containsExactly("household.created", "household.member-added");
  }

  @Test
  void addMember_primaryHouseholdConflict_isRefused() {
    // given
    kingHousehold();
    Household other =
        crm.households()
            .create(
                caller,
                CreateHousehold.named("Byron household")
                    .member(byron.id(), HouseholdRole.HEAD, true)
                    .build());

    // when
    HouseholdMembershipException thrown =
        catchThrowableOfType(
            HouseholdMembershipException.class,
            () ->
                crm.households()
                    .addMember(caller, other.id(), 1, william.id(), HouseholdRole.OTHER, true));

    // then
    assertThat(thrown.customerId()).isEqualTo(william.id());
    assertThat(crm.households().get(caller, other.id()).version()).isEqualTo(1);
  }

  @Test
  void addMember_staleVersion_throwsConcurrentUpdate() {
    // given
    Household household = kingHousehold();
    crm.households().changePrimaryMember(caller, household.id(), 1, william.id());

    // when
    ConcurrentUpdateException thrown =
        catchThrowableOfType(
            ConcurrentUpdateException.class,
            () ->
                crm.households()
                    .addMember(caller, household.id(), 1, byron.id(), HouseholdRole.OTHER, false));

    // then
    assertThat(thrown.recordType()).isEqualTo("household");
  }

  @Test
  void removeMember_primaryMember_isRefused() {
    // given
    Household household = kingHousehold();

    // when
    HouseholdMembershipException thrown =
        catchThrowableOfType(
            HouseholdMembershipException.class,
            () -> crm.households().removeMember(caller, household.id(), 1, ada.id()));

    // then
    assertThat(thrown.getMessage()).contains("primary member cannot be removed");
  }

  @Test
  void changePrimaryMemberThenRemoveOldPrimary_succeeds() {
    // given
    Household household = kingHousehold();

    // when
    Household changed =
        crm.households().changePrimaryMember(caller, household.id(), 1, william.id());
    Household removed = crm.households().removeMember(caller, household.id(), 2, ada.id());

    // then
    assertThat(changed.primaryMember()).isEqualTo(william.id());
    assertThat(removed.members())
        .extracting(HouseholdMember::customer)
        .containsExactly(william.id());
    assertThat(crm.households().of(caller, ada.id())).isEmpty();
    assertThat(crm.audit().history(caller, "household", household.id().toString()))
        .extracting(AuditEntry::action)
        .containsExactly(
            "household.created", "household.primary-member-changed", "household.member-removed");
  }

  @Test
  void get_unknownHousehold_throwsNotFound() {
    // when
    RecordNotFoundException thrown =
        catchThrowableOfType(
            RecordNotFoundException.class,
            () -> crm.households().get(caller, new HouseholdId(UUID.randomUUID())));

    // then
    assertThat(thrown.recordType()).isEqualTo("household");
  }
}
