package io.rapport.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DuplicateMatcherTest {
  private final DuplicateMatcher matcher = DuplicateMatcher.standard();

  @Test
  void jaroWinkler_classicExamples_matchPublishedValues() {
    // given / when / then: values from Winkler (1990)
    assertThat(NameSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
    assertThat(NameSimilarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
    assertThat(NameSimilarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
    assertThat(NameSimilarity.jaroWinkler("abc", "xyz")).isZero();
  }

  @Test
  void fold_accentsOrderAndPunctuation_foldAlike() {
    // given / when / then
    assertThat(NameSimilarity.fold("Müller-Lüdenscheidt, Anna"))
        .isEqualTo(NameSimilarity.fold("anna MULLER ludenscheidt"))
        .isEqualTo("anna ludenscheidt muller");
  }

  @Test
  void match_sameEmailDifferentCase_isEmailRuleWithFullScore() {
    // given
    LeadContact a = LeadContact.named("A").withEmail(EmailAddress.of("Jo@Example.com"));
    LeadContact b = LeadContact.named("Z").withEmail(EmailAddress.of("jo@example.COM"));

    // when / then
    assertThat(matcher.match(a, b)).contains(new DuplicateMatch(100, DuplicateRule.EMAIL));
  }

  @Test
  void match_samePhone_isPhoneRule() {
    // given
    LeadContact a = LeadContact.named("A").withPhone(PhoneNumber.of("+44 20 7946 0018"));
    LeadContact b = LeadContact.named("B").withPhone(PhoneNumber.of("+442079460018"));

    // when / then
    assertThat(matcher.match(a, b)).contains(new DuplicateMatch(95, DuplicateRule.PHONE));
  }

  @Test
  void match_typoInNameSameBirthDate_isNameAndBirthDateRule() {
    // given
    LocalDate born = LocalDate.of(1980, 5, 17);
    LeadContact a = LeadContact.named("Katherine Johnson").withDateOfBirth(born);
    LeadContact b = LeadContact.named("Johnson, Katharine").withDateOfBirth(born);

    // when
    DuplicateMatch match = matcher.match(a, b).orElseThrow();

    // then: 60 + 35 × similarity("johnson katherine", "johnson katharine")
    double similarity = NameSimilarity.jaroWinkler("johnson katherine", "johnson katharine");
    assertThat(match.rule()).isEqualTo(DuplicateRule.NAME_AND_DATE_OF_BIRTH);
    assertThat(match.score()).isEqualTo((int) Math.round(60 + 35 * similarity));
  }

  @Test
  void match_sameNameSamePostcodeWrittenDifferently_isNameAndPostcodeRule() {
    // given
    LeadContact a = LeadContact.named("Li Wei").withPostcode("sw1a 1aa");
    LeadContact b = LeadContact.named("Li Wei").withPostcode("SW1A1AA");

    // when / then
    assertThat(matcher.match(a, b))
        .contains(new DuplicateMatch(85, DuplicateRule.NAME_AND_POSTCODE));
  }

  @Test
  void match_sameNameOnly_isNoMatch() {
    // given
    LeadContact a = LeadContact.named("Li Wei").withPostcode("SW1A1AA");
    LeadContact b = LeadContact.named("Li Wei").withPostcode("EC1A1BB");

    // when / then
    assertThat(matcher.match(a, b)).isEmpty();
  }

  @Property(tries = 50)
  void jaroWinkler_anyNames_isSymmetricAndWithinUnitRange(
      @ForAll @AlphaChars @StringLength(max = 20) String left,
      @ForAll @AlphaChars @StringLength(max = 20) String right) {
    double forward = NameSimilarity.jaroWinkler(left, right);
    double backward = NameSimilarity.jaroWinkler(right, left);
    assertThat(forward).isBetween(0.0, 1.0);
    assertThat(forward).isCloseTo(backward, within(1e-9));
    assertThat(NameSimilarity.jaroWinkler(left, left)).isEqualTo(1.0);
  }
}
