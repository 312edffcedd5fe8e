package io.rapport.crm.lead;

import io.rapport.crm.common.internal.Names;

/** Folding and Jaro-Winkler similarity of personal names. Pure and thread-safe. */
public final class NameSimilarity {
  private NameSimilarity() {}

  /**
   * The name lower-cased, accents and punctuation removed, words sorted and joined by one space:
   * "Müller-Lüdenscheidt, Anna" and "anna muller ludenscheidt" fold alike.
   */
  public static String fold(String name) {
    return Names.fold(name);
  }

  /** Jaro-Winkler similarity of the folded names, 0.0 (nothing alike) to 1.0 (equal). */
  public static double similarity(String left, String right) {
    return Names.similarity(left, right);
  }

  /** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4) of two strings as given. */
  public static double jaroWinkler(String left, String right) {
    return Names.jaroWinkler(left, right);
  }
}
