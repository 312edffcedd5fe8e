package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds clusters of duplicate customers: blocks the records by their {@link Blocking} keys, scores
 * each pair sharing a block exactly once (in the first block they share, by kind then value), and
 * joins matching pairs into clusters with union-find. Pure and thread-safe; each call keeps its
 * state on the stack.
 *
 * @param scorer the pairwise scorer
 * @param minScore pairs scoring below it are not kept, 0 to 100
 * @param maxFuzzyBlockSize fuzzy blocks with more records are skipped (and counted); exact blocks
 *     are always compared, so a pair sharing an e-mail, a phone or a government id is never missed
 */
public record DuplicateDetector(DuplicateScorer scorer, int minScore, int maxFuzzyBlockSize) {
  /** The default limit of a fuzzy block, 1,000 records. */
  public static final int DEFAULT_MAX_FUZZY_BLOCK_SIZE = 1_000;

  private static final Comparator<BlockingKey> KEY_ORDER =
      Comparator.comparing(BlockingKey::kind).thenComparing(BlockingKey::value);

  /** Checks the ranges. */
  public DuplicateDetector {
    Checks.notNull(scorer, "scorer");
    Checks.argument(
        minScore >= 0 && minScore <= 100,
        "minScore",
        "minScore must be 0..100 but was %s",
        minScore);
    Checks.argument(
        maxFuzzyBlockSize >= 2,
        "maxFuzzyBlockSize",
        "maxFuzzyBlockSize must be at least 2 but was %s",
        maxFuzzyBlockSize);
  }

  /** The standard scorer, every matching pair kept, fuzzy blocks up to 1,000 records. */
  public static DuplicateDetector standard() {
    return new DuplicateDetector(DuplicateScorer.standard(), 0, DEFAULT_MAX_FUZZY_BLOCK_SIZE);
  }

  /** The clusters among {@code profiles}; the ids must be distinct. */
  public DuplicateReport detect(Collection<MatchProfile> profiles) {
    Checks.notNull(profiles, "profiles");
    Map<CustomerId, MatchProfile> byId = new HashMap<>(profiles.size() * 2);
    for (MatchProfile profile : profiles) {
      Checks.argument(
          byId.put(profile.id(), profile) == null, "profiles", "profile ids must be distinct");
    }
    return detect(Blocking.blocks(profiles), byId, profiles.size());
  }

  /**
   * The clusters of the records in {@code blocks}, as a storage-side blocking pass found them.
   *
   * @param blocks blocking keys with the ids sharing them (blocks of one record are ignored)
   * @param profiles the profile of every id in the blocks
   * @param records how many records the blocking pass read, for the report
   */
  public DuplicateReport detect(
      Map<BlockingKey, List<CustomerId>> blocks,
      Map<CustomerId, MatchProfile> profiles,
      long records) {
    Checks.notNull(blocks, "blocks");
    Checks.notNull(profiles, "profiles");
    Map<CustomerId, Integer> index = new HashMap<>();
    List<MatchProfile> indexed = new ArrayList<>();
    Map<CustomerId, Set<BlockingKey>> keys = new HashMap<>();
    List<DuplicatePair> pairs = new ArrayList<>();
    long compared = 0;
    long used = 0;
    long skipped = 0;
    for (Map.Entry<BlockingKey, List<CustomerId>> block : blocks.entrySet()) {
      List<CustomerId> members = block.getValue();
      if (members.size() < 2) {
        continue;
      }
      if (!included(block.getKey(), members.size())) {
        skipped++;
        continue;
      }
      used++;
      for (int i = 0; i < members.size(); i++) {
        MatchProfile a = profile(profiles, members.get(i));
        for (int j = i + 1; j < members.size(); j++) {
          MatchProfile b = profile(profiles, members.get(j));
          if (!firstSharedBlock(block.getKey(), a, b, keys, blocks)) {
            continue;
          }
          compared++;
          Optional<DuplicatePair> pair = scorer.score(a, b);
          if (pair.isPresent() && pair.get().score() >= minScore) {
            pairs.add(pair.get());
            indexOf(index, indexed, a);
            indexOf(index, indexed, b);
          }
        }
      }
    }
    return new DuplicateReport(
        Clusters.of(pairs, index, indexed.size()), records, used, skipped, compared);
  }

  private boolean included(BlockingKey key, int size) {
    return key.kind().exact() || size <= maxFuzzyBlockSize;
  }

  /** Whether {@code current} is the first included block {@code a} and {@code b} share. */
  private boolean firstSharedBlock(
      BlockingKey current,
      MatchProfile a,
      MatchProfile b,
      Map<CustomerId, Set<BlockingKey>> keys,
      Map<BlockingKey, List<CustomerId>> blocks) {
    Set<BlockingKey> left = keys.computeIfAbsent(a.id(), id -> Blocking.keysOf(a));
    Set<BlockingKey> right = keys.computeIfAbsent(b.id(), id -> Blocking.keysOf(b));
    for (BlockingKey key : left) {
      if (KEY_ORDER.compare(key, current) < 0 && right.contains(key)) {
        List<CustomerId> members = blocks.get(key);
        if (members != null && included(key, members.size())) {
          return false;
        }
      }
    }
    return true;
  }

  private static MatchProfile profile(Map<CustomerId, MatchProfile> profiles, CustomerId id) {
    MatchProfile profile = profiles.get(id);
    Checks.argument(profile != null, "profiles", "profiles must hold every id of the blocks");
    return profile;
  }

  private static void indexOf(
      Map<CustomerId, Integer> index, List<MatchProfile> indexed, MatchProfile profile) {
    if (!index.containsKey(profile.id())) {
      index.put(profile.id(), indexed.size());
      indexed.add(profile);
    }
  }

  /** The kept pairs grouped by connected component; an ordered map keeps the output stable. */
  private static final class Clusters {
    static List<DuplicateCluster> of(
        List<DuplicatePair> pairs, Map<CustomerId, Integer> index, int count) {
      UnionFind sets = new UnionFind(count);
      for (DuplicatePair pair : pairs) {
        sets.union(index.get(pair.left()), index.get(pair.right()));
      }
      Map<Integer, List<DuplicatePair>> byRoot = new LinkedHashMap<>();
      for (DuplicatePair pair : pairs) {
        byRoot.computeIfAbsent(sets.find(index.get(pair.left())), r -> new ArrayList<>()).add(pair);
      }
      Comparator<CustomerId> byText = Comparator.comparing(CustomerId::toString);
      List<DuplicateCluster> clusters = new ArrayList<>();
      for (List<DuplicatePair> group : byRoot.values()) {
        List<CustomerId> members =
            group.stream()
                .flatMap(p -> Stream.of(p.left(), p.right()))
                .distinct()
                .sorted(byText)
                .toList();
        List<DuplicatePair> ordered =
            group.stream()
                .sorted(
                    Comparator.comparing(DuplicatePair::left, byText)
                        .thenComparing(DuplicatePair::right, byText))
                .toList();
        clusters.add(new DuplicateCluster(members, ordered));
      }
      clusters.sort(
          Comparator.comparingInt(DuplicateCluster::score)
              .reversed()
              .thenComparing(c -> c.members().get(0), byText));
      return clusters;
    }
  }
}
