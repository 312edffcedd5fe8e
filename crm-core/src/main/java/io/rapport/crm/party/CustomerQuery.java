package io.rapport.crm.party;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Criteria of a customer search; every non-null criterion must match. Results are ordered by {@link
 * #sortKey(String) sort key} of the display name, then by id (in its canonical lower-case text
 * form), both compared by code point.
 *
 * <p>The name prefix matches the start of the display name or of any later part of it, ignoring
 * case: {@code nameStartsWith("lo")} and {@code nameStartsWith("ada lo")} both find "Ada Lovelace",
 * and {@code nameStartsWith("smi")} finds "Jones-Smith". It matches the {@link #nameKeys(String)
 * name keys}; accents are kept ("é" does not match "e").
 *
 * @param namePrefix case-insensitive prefix of the display name or of one of its parts, 1 to 100
 *     characters; may be null
 * @param tag a segment tag the customer has; may be null
 * @param owner the relationship manager; may be null
 * @param status the lifecycle status; may be null
 * @param branch the branch or territory; may be null
 */
public record CustomerQuery(
    String namePrefix, String tag, EmployeeId owner, CustomerStatus status, BranchCode branch) {

  /** Number of code points of the display name kept in the sort key. */
  public static final int SORT_KEY_LENGTH = 100;

  /**
   * The characters that end a part of a name: space, hyphen, apostrophe, full stop, comma, slash,
   * ampersand and parentheses. A name part starts at a character that is none of them and follows
   * one of them.
   */
  public static final String NAME_PART_SEPARATORS = " -'.,/&()";

  /** Normalises the prefix and tag to lower case; checks the prefix length. */
  public CustomerQuery {
    if (namePrefix != null) {
      Checks.argument(
          !namePrefix.isEmpty()
              && namePrefix.codePointCount(0, namePrefix.length()) <= SORT_KEY_LENGTH,
          "namePrefix",
          "namePrefix must have 1 to %s characters",
          SORT_KEY_LENGTH);
      Checks.argument(
          namePrefix.indexOf('\0') < 0, "namePrefix", "namePrefix must not contain NUL characters");
      namePrefix = namePrefix.toLowerCase(Locale.ROOT);
    }
    if (tag != null) {
      tag = tag.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** Matches every customer. */
  public static CustomerQuery all() {
    return new CustomerQuery(null, null, null, null, null);
  }

  /**
   * Customers whose display name, or a part of it after a space, hyphen or other {@linkplain
   * #NAME_PART_SEPARATORS separator}, starts with {@code prefix}, ignoring case.
   */
  public static CustomerQuery nameStartsWith(String prefix) {
    return new CustomerQuery(prefix, null, null, null, null);
  }

  /** This query also requiring the tag. */
  public CustomerQuery withTag(String value) {
    return new CustomerQuery(namePrefix, value, owner, status, branch);
  }

  /** This query also requiring the owner. */
  public CustomerQuery withOwner(EmployeeId value) {
    return new CustomerQuery(namePrefix, tag, value, status, branch);
  }

  /** This query also requiring the status. */
  public CustomerQuery withStatus(CustomerStatus value) {
    return new CustomerQuery(namePrefix, tag, owner, value, branch);
  }

  /** This query also requiring the branch. */
  public CustomerQuery withBranch(BranchCode value) {
    return new CustomerQuery(namePrefix, tag, owner, status, value);
  }

  /**
   * The key customers are sorted and prefix-matched by: the display name lower-cased ({@link
   * Locale#ROOT}) and cut to its first {@value #SORT_KEY_LENGTH} code points. Adapters store it so
   * that every adapter orders and matches alike.
   */
  public static String sortKey(String displayName) {
    String lower = displayName.toLowerCase(Locale.ROOT);
    int codePoints = lower.codePointCount(0, lower.length());
    if (codePoints <= SORT_KEY_LENGTH) {
      return lower;
    }
    return lower.substring(0, lower.offsetByCodePoints(0, SORT_KEY_LENGTH));
  }

  /**
   * The keys a name prefix is matched against: the {@link #sortKey(String) sort key}, then the rest
   * of the sort key from the start of each later name part, in order. "Ada Lovelace" has the keys
   * "ada lovelace" and "lovelace"; "Jones-Smith &amp; Co" has "jones-smith &amp; co", "smith &amp;
   * co" and "co". Only parts starting in the sort key's {@value #SORT_KEY_LENGTH} code points
   * count. Adapters store these keys (or compute them) so that every adapter matches alike.
   */
  public static List<String> nameKeys(String displayName) {
    String key = sortKey(displayName);
    List<String> keys = new ArrayList<>();
    if (!key.isEmpty()) {
      keys.add(key);
    }
    for (int i = 1; i < key.length(); i++) {
      if (isSeparator(key.charAt(i - 1)) && !isSeparator(key.charAt(i))) {
        keys.add(key.substring(i));
      }
    }
    return List.copyOf(keys);
  }

  /** Whether a customer called {@code displayName} matches {@code namePrefix} (lower case). */
  public static boolean nameMatches(String displayName, String namePrefix) {
    return nameKeys(displayName).stream().anyMatch(key -> key.startsWith(namePrefix));
  }

  private static boolean isSeparator(char c) {
    return NAME_PART_SEPARATORS.indexOf(c) >= 0;
  }
}
