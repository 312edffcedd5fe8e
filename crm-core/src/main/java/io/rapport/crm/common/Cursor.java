package io.rapport.crm.common;

import io.rapport.crm.common.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset position: "continue after this row". Callers pass back the token a {@link Page}
 * gave them; adapters encode the sort keys of the last row in it. A token is not a secret and not
 * stable across releases.
 */
public record Cursor(String token) {
  private static final String SEPARATOR = "\u0000";
  private static final String VERSION = "k1:";

  /** Checks that the token is present. */
  public Cursor {
    Checks.text(token, "cursor", 100_000);
  }

  /** A cursor holding the given sort keys (none of which may contain NUL). */
  public static Cursor of(List<String> keys) {
    Checks.list(keys, "cursor");
    for (String key : keys) {
      Checks.argument(key.indexOf('\0') < 0, "cursor", "cursor keys must not contain NUL");
    }
    String joined = VERSION + String.join(SEPARATOR, keys);
    return new Cursor(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(joined.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The sort keys held by this cursor.
   *
   * @throws InvalidValueException if the token is not one Rapport made or has another key count
   */
  public List<String> keys(int expectedCount) {
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("cursor", "cursor is not a valid page token");
    }
    if (!decoded.startsWith(VERSION)) {
      throw new InvalidValueException("cursor", "cursor is not a valid page token");
    }
    List<String> keys = Arrays.asList(decoded.substring(VERSION.length()).split(SEPARATOR, -1));
    Checks.argument(
        keys.size() == expectedCount, "cursor", "cursor does not belong to this kind of query");
    return keys;
  }

  @Override
  public String toString() {
    return "Cursor[opaque]";
  }
}
