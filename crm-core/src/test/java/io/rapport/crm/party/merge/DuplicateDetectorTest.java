package io.rapport.crm.party.merge;

import static io.rapport.crm.party.merge.MergeFixtures.BORN;
import static io.rapport.crm.party.merge.MergeFixtures.email;
import static io.rapport.crm.party.merge.MergeFixtures.id;
import static io.rapport.crm.party.merge.MergeFixtures.nationalId;
import static io.rapport.crm.party.merge.MergeFixtures.organisation;
import static io.rapport.crm.party.merge.MergeFixtures.person;
import static io.rapport.crm.party.merge.MergeFixtures.phone;
import static io.rapport.crm.party.merge.MergeFixtures.postal;
import static io.rapport.crm.party.merge.MergeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private final DuplicateDetector detector = DuplicateDetector.standard();

  private DuplicateReport detect(Customer... customers) {
    return detector.detect(List.of(customers).stream().map(MatchProfile::of).toList());
  }

  @Test
  void detect_sameEmailDifferentCase_isOneClusterWithEmailReasonAndFullScore() {
    // given
    Customer a = with(person(1, "Ada Lovelace", null), email(1, "Ada@Example.org", true));
    Customer b = with(person(2, "A. King", null), email(2, "ada@example.ORG", true));

    // when
    DuplicateReport report = detect(a, b);

    // then
    assertThat(report.clusters()).hasSize(1);
    DuplicateCluster cluster = report.clusters().get(0);
    assertThat(cluster.members()).containsExactly(id(1), id(2));
    assertThat(cluster.reasons()).containsExactly(MatchReason.EMAIL);
    assertThat(cluster.score()).isEqualTo(100);
    assertThat(report.comparisons()).isEqualTo(1);
  }

  @Test
  void detect_typoInNameSameBirthDate_isNameAndDateOfBirthReason() {
    // given
    Customer a = person(1, "Katherine Johnson", BORN).build();
    Customer b = person(2, "Johnson, Katharine", BORN).build();

    // when
    DuplicateReport report = detect(a, b);

    // then
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.reasons()).containsExactly(MatchReason.NAME_AND_DATE_OF_BIRTH))
        .satisfies(c -> assertThat(c.score()).isBetween(90, 95));
  }

  @Test
  void detect_similarNameSharedPostcode_isNameAndPostcodeReason() {
    // given
    Customer a = with(person(1, "Jonathan Smithers", null), postal(1, "LS1 1AA"));
    Customer b = with(person(2, "Jonathon Smithers", null), postal(2, "ls11aa"));

    // when
    DuplicateReport report = detect(a, b);

    // then
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.reasons()).containsExactly(MatchReason.NAME_AND_POSTCODE));
  }

  @Test
  void detect_chainOfDifferentReasons_isOneTransitiveCluster() {
    // given: 1-2 share an e-mail, 2-3 a phone, 3-4 a government id; 5 shares nothing
    Customer one = with(person(1, "Ann Lee", null), email(1, "ann@example.org", true));
    Customer two =
        with(
            person(2, "Bob Ray", null),
            email(2, "ann@example.org", true),
            phone(3, "+44 20 7946 0018", true));
    Customer three =
        with(
            person(3, "Cy Doe", null)
                .party(new Person("Cy Doe", null, nationalId("AB 12-34-56 C"))),
            phone(4, "0044 20 7946 0018", true));
    Customer four =
        person(4, "Di Fox", null)
            .party(new Person("Di Fox", null, nationalId("ab123456c")))
            .build();
    Customer five = with(person(5, "Ed Gee", null), email(5, "ed@example.org", true));

    // when
    DuplicateReport report = detect(one, two, three, four, five);

    // then
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.members()).containsExactly(id(1), id(2), id(3), id(4)))
        .satisfies(
            c ->
                assertThat(c.reasons())
                    .containsExactlyInAnyOrder(
                        MatchReason.EMAIL, MatchReason.PHONE, MatchReason.GOVERNMENT_ID));
  }

  @Test
  void detect_personAndOrganisationSharingAnEmail_doNotMatch() {
    // given
    Customer a = with(person(1, "Ada Lovelace", null), email(1, "office@example.org", true));
    Customer b = with(organisation(2, "Lovelace Ltd"), email(2, "office@example.org", true));

    // when
    DuplicateReport report = detect(a, b);

    // then
    assertThat(report.comparisons()).isEqualTo(1);
    assertThat(report.clusters()).isEmpty();
  }

  @Test
  void detect_sameNameAndBirthDateButDifferentNationalIds_isVetoed() {
    // given: twins named alike, told apart by their ids
    Customer a =
        person(1, "Sam Taylor", BORN)
            .party(new Person("Sam Taylor", BORN, nationalId("AA1")))
            .build();
    Customer b =
        person(2, "Sam Taylor", BORN)
            .party(new Person("Sam Taylor", BORN, nationalId("BB2")))
            .build();

    // when
    DuplicateReport report = detect(a, b);

    // then
    assertThat(report.comparisons()).isPositive();
    assertThat(report.clusters()).isEmpty();
  }

  @Test
  void detect_pairSharingManyKeys_isComparedOnce() {
    // given
    Customer a =
        with(
            person(1, "Ada Lovelace", BORN),
            email(1, "ada@example.org", true),
            phone(2, "+442079460018", true));
    Customer b =
        with(
            person(2, "Ada Lovelace", BORN),
            email(3, "ada@example.org", true),
            phone(4, "+442079460018", true));

    // when
    DuplicateReport report = detect(a, b);

    // then: e-mail, phone, two name+birth-date blocks: one comparison
    assertThat(report.blocks()).isEqualTo(4);
    assertThat(report.comparisons()).isEqualTo(1);
    assertThat(report.clusters().get(0).reasons())
        .containsExactlyInAnyOrder(
            MatchReason.EMAIL, MatchReason.PHONE, MatchReason.NAME_AND_DATE_OF_BIRTH);
  }

  @Test
  void detect_manyDistinctRecords_comparesFarFewerThanAllPairs() {
    // given: 2,000 people with distinct names, e-mails and birth dates
    List<MatchProfile> profiles = new ArrayList<>();
    for (int n = 0; n < 2_000; n++) {
      profiles.add(
          MatchProfile.of(
              with(
                  person(
                      n,
                      "Person" + Integer.toString(n, 26) + " Name" + n,
                      LocalDate.of(1950 + n % 50, 1 + n % 12, 1 + n % 28)),
                  email(n, "p" + n + "@example.org", true))));
    }

    // when
    DuplicateReport report = detector.detect(profiles);

    // then
    assertThat(report.allPairs()).isEqualTo(1_999_000L);
    assertThat(report.comparisons()).isLessThan(report.allPairs() / 20);
    assertThat(report.records()).isEqualTo(2_000);
  }

  @Test
  void detect_fuzzyBlockOverTheLimit_isSkippedButExactBlocksAreNot() {
    // given: 5 people born the same day with the same first name, 2 of them sharing a phone
    DuplicateDetector small = new DuplicateDetector(DuplicateScorer.standard(), 0, 3);
    List<MatchProfile> profiles = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      String number = n < 2 ? "+442079460018" : "+44207946002" + n;
      profiles.add(
          MatchProfile.of(
              with(person(n, "Zed Q" + (char) ('a' + n), BORN), phone(n, number, true))));
    }

    // when
    DuplicateReport report = small.detect(profiles);

    // then
    assertThat(report.skippedBlocks()).isEqualTo(1);
    assertThat(report.clusters())
        .singleElement()
        .satisfies(c -> assertThat(c.members()).containsExactly(id(0), id(1)));
  }

  @Test
  void detect_duplicateIds_isRefused() {
    // given
    MatchProfile a = MergeFixtures.profile(1, "x", null, null, null);

    // when / then
    assertThatThrownBy(() -> detector.detect(List.of(a, a)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("distinct");
  }

  @Test
  void matchProfile_toString_showsNoPersonalData() {
    // given
    MatchProfile profile =
        MatchProfile.of(with(person(1, "Ada Lovelace", BORN), email(1, "ada@example.org", true)));

    // when / then
    assertThat(profile.toString()).doesNotContain("ada", "Ada", "1980");
    assertThat(Blocking.keysOf(profile).toString()).doesNotContain("ada", "1980");
    assertThat(profile.emails()).isEqualTo(Set.of("ada@example.org"));
  }
}
