package io.rapport.crm.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The name keys a name prefix is matched against: the name's start and each later part's. */
class CustomerQueryNameKeysTest {

  @Test
  void nameKeys_personName_areTheWholeNameThenTheSurname() {
    assertThat(CustomerQuery.nameKeys("Ada Lovelace")).containsExactly("ada lovelace", "lovelace");
  }

  @Test
  void nameKeys_runsOfSeparators_startOnePartAfterTheRun() {
    assertThat(CustomerQuery.nameKeys("Jones-Smith & Co (UK)"))
        .containsExactly("jones-smith & co (uk)", "smith & co (uk)", "co (uk)", "uk)");
  }

  @Test
  void nameKeys_leadingSeparator_keepsTheWholeNameAndTheFirstWord() {
    assertThat(CustomerQuery.nameKeys("'t Hooft")).containsExactly("'t hooft", "t hooft", "hooft");
  }

  @Test
  void nameKeys_partBeyondTheSortKey_isNotAKey() {
    // given: the second word starts after the 100 code points the sort key keeps
    String name = "a".repeat(CustomerQuery.SORT_KEY_LENGTH) + " Tail";

    // when / then
    assertThat(CustomerQuery.nameKeys(name)).containsExactly("a".repeat(100));
  }

  @Test
  void nameMatches_midWordPrefix_doesNotMatch() {
    assertThat(CustomerQuery.nameMatches("Ada Lovelace", "lo")).isTrue();
    assertThat(CustomerQuery.nameMatches("Ada Lovelace", "ada l")).isTrue();
    assertThat(CustomerQuery.nameMatches("Ada Lovelace", "ove")).isFalse();
    assertThat(CustomerQuery.nameMatches("Émile Zola", "emile")).isFalse();
  }

  @Property(tries = 200)
  void nameKeys_anyName_areSuffixesOfTheSortKeyStartingItOrAfterASeparator(
      @ForAll @StringLength(min = 1, max = 120) String name) {
    // given
    String sortKey = CustomerQuery.sortKey(name);

    // when / then
    assertThat(CustomerQuery.nameKeys(name))
        .doesNotHaveDuplicates()
        .allSatisfy(
            key -> {
              assertThat(sortKey).endsWith(key);
              int start = sortKey.length() - key.length();
              assertThat(
                      start == 0
                          || CustomerQuery.NAME_PART_SEPARATORS.indexOf(sortKey.charAt(start - 1))
                              >= 0)
                  .isTrue();
            });
    assertThat(CustomerQuery.nameMatches(name, sortKey.toLowerCase(Locale.ROOT))).isTrue();
  }
}
