package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocking keys: which records are worth comparing. Two records are compared only when they share a
 * key, so the work grows with the sizes of the blocks, not with the square of the tenant's
 * customers. Pure and thread-safe.
 *
 * <p>Keys of a profile: each e-mail, each phone, the government id (exact keys); and for each name
 * word of at least two letters, its first three letters with the date of birth or incorporation and
 * with each postcode (fuzzy keys, catching typos after the third letter and swapped words). The
 * fuzzy keys hold exactly what the scorer's name reasons require besides a similar name (the same
 * date, a shared postcode), so blocking costs those reasons only name pairs whose every word
 * differs in its first three letters.
 */
public final class Blocking {
  private static final int PREFIX = 3;

  private Blocking() {}

  /** The keys of {@code profile}, exact keys first. */
  public static Set<BlockingKey> keysOf(MatchProfile profile) {
    Checks.notNull(profile, "profile");
    Set<BlockingKey> keys = new LinkedHashSet<>();
    profile.emails().forEach(e -> keys.add(new BlockingKey(BlockKind.EMAIL, e)));
    profile.phones().forEach(p -> keys.add(new BlockingKey(BlockKind.PHONE, p)));
    if (profile.governmentId() != null) {
      keys.add(new BlockingKey(BlockKind.GOVERNMENT_ID, profile.governmentId()));
    }
    for (String word : profile.foldedName().split(" ")) {
      if (word.length() < 2) {
        continue;
      }
      String prefix = word.substring(0, Math.min(PREFIX, word.length()));
      if (profile.foundingDate() != null) {
        keys.add(
            new BlockingKey(BlockKind.NAME_AND_BIRTH_DATE, prefix + "|" + profile.foundingDate()));
      }
      for (String postcode : profile.postcodes()) {
        keys.add(new BlockingKey(BlockKind.NAME_AND_POSTCODE, prefix + "|" + postcode));
      }
    }
    return keys;
  }

  /**
   * The blocks of {@code profiles} that hold more than one record: each key with the ids sharing
   * it, in the order the profiles came. Memory grows with the number of keys, not of pairs.
   */
  public static Map<BlockingKey, List<CustomerId>> blocks(Iterable<MatchProfile> profiles) {
    Checks.notNull(profiles, "profiles");
    Map<BlockingKey, List<CustomerId>> all = new HashMap<>();
    for (MatchProfile profile : profiles) {
      for (BlockingKey key : keysOf(profile)) {
        all.computeIfAbsent(key, k -> new ArrayList<>(2)).add(profile.id());
      }
    }
    all.values().removeIf(members -> members.size() < 2);
    return all;
  }
}
