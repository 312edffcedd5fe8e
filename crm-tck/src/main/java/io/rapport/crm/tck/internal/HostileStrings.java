package io.rapport.crm.tck.internal;

import java.util.List;
import org.junit.jupiter.api.Named;

/**
 * Text that breaks careless storage code: SQL quoting and comments, LIKE wildcards, backslashes,
 * scripts of every direction, combining marks, supplementary characters and the longest name
 * accepted. None holds NUL, which the domain refuses.
 */
public final class HostileStrings {
  /** A 10,000-character text ending in emoji, for free-text fields; cut it to the field's limit. */
  public static final String TEN_THOUSAND_CHARACTERS =
      "Ab'%_\\名".repeat(1428) + "\uD83D\uDE00\uD83D\uDE00";

  /**
   * A 200-character name (the most {@code Customer.MAX_NAME_LENGTH} and a lead's contact name
   * accept) ending in emoji.
   */
  public static final String LONGEST_NAME = "Ab'%_\\名".repeat(28) + "\uD83D\uDE00\uD83D\uDE00";

  private HostileStrings() {}

  /** Every hostile string with a label for test reports. */
  public static List<Named<String>> all() {
    return List.of(
        Named.of("single quote", "O'Brien"),
        Named.of("double quotes", "The \"Best\" Bakery"),
        Named.of("SQL injection", "Robert'); DROP TABLE customers;--"),
        Named.of("quote, semicolon, comment", "';--"),
        Named.of("backslashes", "C:\\Users\\admin\\ \\' \\\\"),
        Named.of("LIKE wildcards", "100% _Real_ Estate"),
        Named.of("escaped LIKE wildcards", "a\\%b\\_c"),
        Named.of("only wildcards", "%_%"),
        Named.of("CJK", "山田 太郎 株式会社"),
        Named.of("Arabic (right to left)", "شركة البنك العربي"),
        Named.of("Hebrew after a right-to-left override", "\u202Eשלום עולם"),
        Named.of("combining marks", "Zoe\u0308 Ame\u0301lie"),
        Named.of("supplementary characters", "Café \uD83D\uDE00 \uD83C\uDFE6 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎"),
        Named.of("emoji joined by ZWJ", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 Trust"),
        Named.of("blanks around and inside", "  Leading and trailing \t\n inside  "),
        Named.of("markup", "<script>alert('x')</script>&amp;"),
        Named.of("Turkish dotted and dotless i", "İSTANBUL ıı"),
        Named.of("German sharp s", "Straße GROSS ẞ"),
        Named.of("line and paragraph separators", "line\u2028sep\u2029para"),
        Named.of("replacement and private-use characters", "\uFFFD replacement \uE000 private"),
        Named.of("the longest name: 200 characters", LONGEST_NAME));
  }
}
