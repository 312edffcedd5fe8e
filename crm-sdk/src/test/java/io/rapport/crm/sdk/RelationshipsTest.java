package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipType;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationshipsTest extends SdkFixture {
  private static final LocalDate START = LocalDate.of(2020, 5, 1);

  private final Customer ada = register(NAME);
  private final Customer william = register("William King");
  private final Customer engines = registerOrganisation("Analytical Engines Ltd");

  @Test
  void link_twoCustomers_storesAuditsAndEmits() {
    // given
    collectEvents();

    // when
    Relationship link =
        crm.relationships()
            .link(
                caller,
                LinkCustomers.of(ada.id(), william.id(), RelationshipType.SPOUSE)
                    .startingOn(START));

    // then
    assertThat(link.version()).isEqualTo(1);
    assertThat(link.validThru()).isNull();
    assertThat(crm.relationships().of(caller, william.id())).containsExactly(link);
    AuditEntry entry = crm.audit().history(caller, "relationship", link.id().toString()).get(0);
    assertThat(entry.action()).isEqualTo("relationship.linked");
    assertThat(entry.changes())
        .extracting(FieldChange::field, FieldChange::newValue)
        .contains(tuple("type", "SPOUSE"), tuple("validFrom", "2020-05-01"));
    assertThat(received)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo("relationship.linked");
              assertThat(event.data())
                  .containsEntry("from", ada.id().toString())
                  .containsEntry("relationshipType", "SPOUSE");
            });
  }

  @Test
  void link_withoutStartDay_startsTodayInClockZone() {
    // when
    Relationship link =
        crm.relationships()
            .link(caller, LinkCustomers.of(ada.id(), william.id(), RelationshipType.PARTNER));

    // then
    assertThat(link.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void link_unknownCustomer_throwsNotFoundAndStoresNothing() {
    // given
    CustomerId unknown = new CustomerId(UUID.randomUUID());
    AuditHead before = auditHead();

    // when
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class,
            () ->
                crm.relationships()
                    .link(caller, LinkCustomers.of(ada.id(), unknown, RelationshipType.PARENT)));

    // then
    assertThat(thrown.id()).isEqualTo(unknown);
    assertThat(crm.relationships().of(caller, ada.id())).isEmpty();
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void link_businessOwnerOfPerson_isRefused() {
    // when
    RelationshipRuleException thrown =
        catchThrowableOfType(
            RelationshipRuleException.class,
            () ->
                crm.relationships()
                    .link(
                        caller,
                        LinkCustomers.of(ada.id(), william.id(), RelationshipType.BUSINESS_OWNER)));

    // then
    assertThat(thrown.type()).isEqualTo(RelationshipType.BUSINESS_OWNER);
    assertThat(thrown.getMessage()).contains("organisation");
    assertThat(crm.relationships().of(caller, ada.id())).isEmpty();
  }

  @Test
  void link_directorOfOrganisation_isStored() {
    // when
    Relationship link =
        crm.relationships()
            .link(caller, LinkCustomers.of(ada.id(), engines.id(), RelationshipType.DIRECTOR));

    // then
    assertThat(crm.relationships().of(caller, engines.id())).containsExactly(link);
  }

  @Test
  void link_sameActiveLinkAgain_isRefused() {
    // given
    crm.relationships()
        .link(caller, LinkCustomers.of(ada.id(), engines.id(), RelationshipType.DIRECTOR));

    // when
    RelationshipRuleException thrown =
        catchThrowableOfType(
            RelationshipRuleException.class,
            () ->
                crm.relationships()
                    .link(
                        caller,
                        LinkCustomers.of(ada.id(), engines.id(), RelationshipType.DIRECTOR)));

    // then
    assertThat(thrown.getMessage()).contains("already exists");
    assertThat(crm.relationships().of(caller, ada.id())).hasSize(1);
  }

  @Test
  void link_symmetricLinkReversed_isRefusedAsDuplicate() {
    // given
    crm.relationships()
        .link(caller, LinkCustomers.of(ada.id(), william.id(), RelationshipType.SPOUSE));

    // when
    RelationshipRuleException thrown =
        catchThrowableOfType(
            RelationshipRuleException.class,
            () ->
                crm.relationships()
                    .link(
                        caller, LinkCustomers.of(william.id(), ada.id(), RelationshipType.SPOUSE)));

    // then
    assertThat(thrown.from()).isEqualTo(william.id());
  }

  @Test
  void link_otherTypeOrDirectionOfAsymmetricType_isStored() {
    // given
    crm.relationships()
        .link(caller, LinkCustomers.of(ada.id(), william.id(), RelationshipType.BENEFICIARY));

    // when
    crm.relationships()
        .link(caller, LinkCustomers.of(william.id(), ada.id(), RelationshipType.BENEFICIARY));
    crm.relationships()
        .link(caller, LinkCustomers.of(ada.id(), william.id(), RelationshipType.POWER_OF_ATTORNEY));

    // then
    assertThat(crm.relationships().of(caller, ada.id())).hasSize(3);
  }

  @Test
  void link_afterEndedLink_isStored() {
    // given
    Relationship first =
        crm.relationships()
            .link(
                caller,
                LinkCustomers.of(ada.id(), william.id(), RelationshipType.PARTNER)
                    .startingOn(START));
    crm.relationships().unlink(caller, first.id(), 1, START.plusYears(1));

    // when
    Relationship second =
        crm.relationships()
            .link(
                caller,
                LinkCustomers.of(ada.id(), william.id(), RelationshipType.PARTNER)
                    .startingOn(START.plusYears(2)));

    // then
    assertThat(crm.relationships().of(caller, ada.id())).hasSize(2).contains(second);
  }

  @Test
  void link_customerToItself_isValidationError() {
    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.relationships()
                    .link(caller, LinkCustomers.of(ada.id(), ada.id(), RelationshipType.PARTNER)));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("to", Violation.INVALID_VALUE));
  }

  @Test
  void link_missingFields_reportsEach() {
    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.relationships().link(caller, new LinkCustomers(null, ada.id(), null, null)));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("from", "NotNull"), tuple("type", "NotNull"));
  }

  @Test
  void unlink_currentVersion_endsLinkAndKeepsHistory() {
    // given
    Relationship link =
        crm.relationships()
            .link(
                caller,
                LinkCustomers.of(ada.id(), william.id(), RelationshipType.SPOUSE)
                    .startingOn(START));

    // when
    Relationship ended = crm.relationships().unlink(caller, link.id(), 1, START.plusDays(30));

    // then
    assertThat(ended.validThru()).isEqualTo(START.plusDays(30));
    assertThat(ended.version()).isEqualTo(2);
    assertThat(crm.relationships().of(caller, ada.id())).containsExactly(ended);
    assertThat(crm.audit().history(caller, "relationship", link.id().toString()))
        .extracting(AuditEntry::action)
        .containsExactly("relationship.linked", "relationship.unlinked");
  }

  @Test
  void unlink_staleVersion_throwsConcurrentUpdate() {
    // given
    Relationship link =
        crm.relationships()
            .link(caller, LinkCustomers.of(ada.id(), william.id(), RelationshipType.SPOUSE));
    crm.relationships().unlink(caller, link.id(), 1, LocalDate.of(2026, 1, 1));

    // when
    ConcurrentUpdateException thrown =
        catchThrowableOfType(
            ConcurrentUpdateException.class,
            () -> crm.relationships().unlink(caller, link.id(), 1, LocalDate.of(2026, 2, 1)));

    // then
    assertThat(thrown.expectedVersion()).isEqualTo(1);
    assertThat(crm.relationships().of(caller, ada.id()).get(0).validThru())
        .isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void unlink_alreadyEnded_isValidationErrorAtLastDay() {
    // given
    Relationship link =
        crm.relationships()
            .link(caller, LinkCustomers.of(ada.id(), william.id(), RelationshipType.SPOUSE));
    Relationship ended = crm.relationships().unlink(caller, link.id(), 1, LocalDate.of(2026, 1, 1));

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () ->
                crm.relationships()
                    .unlink(caller, link.id(), ended.version(), LocalDate.of(2026, 2, 1)));

    // then
    assertThat(thrown.violations()).extracting(Violation::path).containsExactly("lastDay");
  }
}
