package io.rapport.crm.party.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.PartyKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BlockingPropertiesTest {
  private final DuplicateDetector detector = DuplicateDetector.standard();

  @Property(tries = 200)
  void detect_pairSharingAnExactKey_isAlwaysInOneCluster(
      @ForAll("populations") List<MatchProfile> profiles) {
    // when
    DuplicateReport report = detector.detect(profiles);

    // then
    Map<CustomerId, Integer> clusterOf = clusterIndex(report);
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        MatchProfile a = profiles.get(i);
        MatchProfile b = profiles.get(j);
        if (sharesExactKey(a, b)) {
          assertThat(clusterOf.get(a.id())).isNotNull().isEqualTo(clusterOf.get(b.id()));
        }
      }
    }
  }

  @Property(tries = 200)
  void detect_anyPopulation_scoresEachBlockedPairAtMostOnce(
      @ForAll("populations") List<MatchProfile> profiles) {
    // given: the distinct pairs that share at least one block
    Set<Set<CustomerId>> blockedPairs = new HashSet<>();
    for (List<CustomerId> members : Blocking.blocks(profiles).values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          blockedPairs.add(Set.of(members.get(i), members.get(j)));
        }
      }
    }

    // when
    DuplicateReport report = detector.detect(profiles);

    // then
    assertThat(report.comparisons()).isEqualTo(blockedPairs.size());
    assertThat(report.comparisons()).isLessThanOrEqualTo(report.allPairs());
  }

  @Property(tries = 200)
  void detect_anyPopulation_clustersAreDisjointAndClosedUnderTheirPairs(
      @ForAll("populations") List<MatchProfile> profiles) {
    // when
    DuplicateReport report = detector.detect(profiles);

    // then
    Set<CustomerId> seen = new HashSet<>();
    for (DuplicateCluster cluster : report.clusters()) {
      for (CustomerId member : cluster.members()) {
        assertThat(seen.add(member)).as("a record in two clusters").isTrue();
      }
      for (DuplicatePair pair : cluster.pairs()) {
        assertThat(cluster.members()).contains(pair.left(), pair.right());
      }
      assertThat(connected(cluster)).isTrue();
    }
  }

  @Provide
  Arbitrary<List<MatchProfile>> populations() {
    Arbitrary<String> emails = Arbitraries.of("a@x.org", "b@x.org", "c@x.org").injectNull(0.6);
    Arbitrary<String> phones = Arbitraries.of("+441111111", "+442222222").injectNull(0.6);
    Arbitrary<String> ids =
        Arbitraries.of("NATIONAL_ID:GB:A1", "NATIONAL_ID:GB:B2").injectNull(0.7);
    Arbitrary<String> names = Arbitraries.of("ada lovelace", "ada lovelance", "bob ray", "cy doe");
    Arbitrary<String[]> rows =
        Combinators.combine(emails, phones, ids, names)
            .as((email, phone, id, name) -> new String[] {email, phone, id, name});
    return rows.list()
        .ofMinSize(0)
        .ofMaxSize(25)
        .map(
            list -> {
              List<MatchProfile> profiles = new ArrayList<>();
              for (int n = 0; n < list.size(); n++) {
                String[] row = list.get(n);
                profiles.add(MergeFixtures.profile(n, row[3], row[0], row[1], row[2]));
              }
              return profiles;
            });
  }

  private static boolean sharesExactKey(MatchProfile a, MatchProfile b) {
    return a.kind() == PartyKind.PERSON
        && (!java.util.Collections.disjoint(a.emails(), b.emails())
            || !java.util.Collections.disjoint(a.phones(), b.phones())
            || a.governmentId() != null && a.governmentId().equals(b.governmentId()));
  }

  private static Map<CustomerId, Integer> clusterIndex(DuplicateReport report) {
    Map<CustomerId, Integer> index = new HashMap<>();
    for (int c = 0; c < report.clusters().size(); c++) {
      for (CustomerId member : report.clusters().get(c).members()) {
        index.put(member, c);
      }
    }
    return index;
  }

  private static boolean connected(DuplicateCluster cluster) {
    Set<CustomerId> reached = new HashSet<>(Set.of(cluster.members().get(0)));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (DuplicatePair pair : cluster.pairs()) {
        if (reached.contains(pair.left()) != reached.contains(pair.right())) {
          reached.add(pair.left());
          reached.add(pair.right());
          grew = true;
        }
      }
    }
    return reached.size() == cluster.members().size();
  }
}
