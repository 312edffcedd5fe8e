package io.rapport.crm.party;

import static io.rapport.crm.party.PartyFixtures.customerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationshipTest {
  private static final RelationshipId ID =
      new RelationshipId(UUID.fromString("0190a4b2-7c1e-7000-8000-0000000000aa"));
  private static final LocalDate FROM = LocalDate.of(2020, 6, 1);

  @Test
  void new_selfRelationship_isRefused() {
    // when / then
    assertThatThrownBy(
            () ->
                new Relationship(
                    ID, 1, customerId(1), customerId(1), RelationshipType.SPOUSE, FROM, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"))
        .hasMessage("a customer cannot be related to itself");
  }

  @Test
  void new_validThruBeforeValidFrom_isRefused() {
    // when / then
    assertThatThrownBy(() -> relationship(FROM, FROM.minusDays(1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validThru"))
        .hasMessage("validThru must not be before validFrom");
  }

  @Test
  void new_singleDay_isAccepted() {
    // when
    Relationship oneDay = relationship(FROM, FROM);

    // then
    assertThat(oneDay.activeOn(FROM)).isTrue();
    assertThat(oneDay.activeOn(FROM.plusDays(1))).isFalse();
  }

  @Test
  void new_missingOrInvalidParts_areRefusedNamingTheField() {
    // when / then
    assertThatThrownBy(
            () ->
                new Relationship(
                    ID, 0, customerId(1), customerId(2), RelationshipType.PARENT, FROM, null))
        .hasMessage("version must be at least 1");
    assertThatThrownBy(
            () -> new Relationship(ID, 1, customerId(1), customerId(2), null, FROM, null))
        .hasMessage("type must not be null");
    assertThatThrownBy(
            () ->
                new Relationship(
                    ID, 1, customerId(1), customerId(2), RelationshipType.PARENT, null, null))
        .hasMessage("validFrom must not be null");
    assertThatThrownBy(
            () -> new Relationship(ID, 1, null, customerId(2), RelationshipType.PARENT, FROM, null))
        .hasMessage("from must not be null");
  }

  @Test
  void activeOn_openEnded_isInForceFromValidFromOn() {
    // given
    Relationship open = relationship(FROM, null);

    // when / then
    assertThat(open.activeOn(FROM.minusDays(1))).isFalse();
    assertThat(open.activeOn(FROM)).isTrue();
    assertThat(open.activeOn(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void activeOn_ended_includesTheLastDayOnly() {
    // given
    Relationship ended = relationship(FROM, null).end(LocalDate.of(2021, 12, 31));

    // when / then
    assertThat(ended.activeOn(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(ended.activeOn(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(ended.validThru()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void end_twice_isRefused() {
    // given
    Relationship ended = relationship(FROM, null).end(FROM.plusYears(1));

    // when / then
    assertThatThrownBy(() -> ended.end(FROM.plusYears(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validThru"))
        .hasMessage("relationship " + ID + " has already ended");
  }

  @Test
  void end_beforeValidFrom_isRefused() {
    // when / then
    assertThatThrownBy(() -> relationship(FROM, null).end(FROM.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not be before validFrom");
    assertThatThrownBy(() -> relationship(FROM, null).end(null))
        .hasMessage("validThru must not be null");
  }

  @Test
  void end_keepsEverythingElse() {
    // given
    Relationship open = relationship(FROM, null);

    // when
    Relationship ended = open.end(FROM.plusDays(10));

    // then
    assertThat(ended).usingRecursiveComparison().ignoringFields("validThru").isEqualTo(open);
    assertThat(open.validThru()).isNull();
  }

  @Test
  void involves_eitherParty_isTrue() {
    // given
    Relationship relationship = relationship(FROM, null);

    // when / then
    assertThat(relationship.involves(customerId(1))).isTrue();
    assertThat(relationship.involves(customerId(2))).isTrue();
    assertThat(relationship.involves(customerId(3))).isFalse();
  }

  @Test
  void relationshipType_flags_describeDirectionAndTarget() {
    // when / then
    assertThat(RelationshipType.SPOUSE.symmetric()).isTrue();
    assertThat(RelationshipType.PARENT.symmetric()).isFalse();
    assertThat(RelationshipType.DIRECTOR.requiresOrganisationTarget()).isTrue();
    assertThat(RelationshipType.GUARDIAN.requiresOrganisationTarget()).isFalse();
  }

  private static Relationship relationship(LocalDate validFrom, LocalDate validThru) {
    return new Relationship(
        ID, 1, customerId(1), customerId(2), RelationshipType.PARENT, validFrom, validThru);
  }
}
