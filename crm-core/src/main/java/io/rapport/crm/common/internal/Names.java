package io.rapport.crm.common.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folding and Jaro-Winkler similarity of personal names, shared by the lead and party contexts. Not
 * API: exported only to Rapport's own modules. Pure and thread-safe.
 */
public final class Names {
  private Names() {}

  /**
   * The name lower-cased, accents and punctuation removed, words sorted and joined by one space:
   * "Müller-Lüdenscheidt, Anna" and "anna muller ludenscheidt" fold alike.
   */
  public static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String plain =
        decomposed
            .replaceAll("\\p{M}+", "")
            .replace("ß", "ss")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (plain.isEmpty()) {
      return plain;
    }
    String[] words = plain.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  /** Jaro-Winkler similarity of the folded names, 0.0 (nothing alike) to 1.0 (equal). */
  public static double similarity(String left, String right) {
    return jaroWinkler(fold(left), fold(right));
  }

  /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4) of two strings as given. */
  public static double jaroWinkler(String left, String right) {
    double jaro = jaro(left, right);
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(left.length(), right.length()))
        && left.charAt(prefix) == right.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  private static double jaro(String left, String right) {
    if (left.equals(right)) {
      return 1.0;
    }
    if (left.isEmpty() || right.isEmpty()) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(left.length(), right.length()) / 2 - 1);
    boolean[] leftMatched = new boolean[left.length()];
    boolean[] rightMatched = new boolean[right.length()];
    int matches = 0;
    for (int i = 0; i < left.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(right.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!rightMatched[j] && left.charAt(i) == right.charAt(j)) {
          leftMatched[i] = true;
          rightMatched[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < left.length(); i++) {
      if (leftMatched[i]) {
        while (!rightMatched[j]) {
          j++;
        }
        if (left.charAt(i) != right.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / left.length() + m / right.length() + (m - transpositions / 2.0) / m) / 3.0;
  }
}
