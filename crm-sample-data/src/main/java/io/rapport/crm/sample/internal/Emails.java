package io.rapport.crm.sample.internal;

import io.rapport.crm.common.pii.EmailAddress;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Unique e-mail addresses on the domains reserved for examples (RFC 2606: example.com, example.org,
 * example.net), with local parts made from names the way people pick them. Not thread-safe.
 */
final class Emails {
  private static final String[] DOMAINS = {"example.com", "example.org", "example.net"};
  private final Dice dice;
  private final Set<String> used = new HashSet<>();

  Emails(Dice dice) {
    this.dice = dice;
  }

  /** A personal address built from the given and family names and the birth year. */
  EmailAddress personal(String given, String family, int birthYear) {
    String first = ascii(given);
    String last = ascii(family);
    String local =
        switch (dice.weighted(35, 15, 10, 15, 15, 10)) {
          case 0 -> first + "." + last;
          case 1 -> first + last;
          case 2 -> first + "_" + last;
          case 3 -> first + "." + last + dice.between(1, 99);
          case 4 -> first.charAt(0) + last;
          default -> last + "." + first + Dice.twoDigits(birthYear % 100);
        };
    return unique(local, DOMAINS[dice.weighted(50, 25, 25)]);
  }

  /** An organisation's address such as {@code accounts.kestrel-bakery@example.org}. */
  EmailAddress organisation(String name) {
    StringBuilder slug = new StringBuilder();
    for (String word : name.split(" ")) {
      String part = ascii(word);
      if (!part.isEmpty()) {
        slug.append(slug.length() == 0 ? "" : "-").append(part);
      }
    }
    String local = dice.pick(new String[] {"info", "accounts", "finance", "office"}) + "." + slug;
    return unique(local, dice.chance(0.5) ? DOMAINS[1] : DOMAINS[0]);
  }

  private EmailAddress unique(String fullLocal, String domain) {
    String local = fullLocal.length() > 56 ? fullLocal.substring(0, 56) : fullLocal;
    String candidate = local + "@" + domain;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = local + n + "@" + domain;
    }
    return EmailAddress.of(candidate);
  }

  /**
   * Lower-case ASCII letters and digits only: accents and punctuation dropped, ł, ø, ß, æ and đ
   * spelt out.
   */
  static String ascii(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case 'ł' -> out.append('l');
        case 'ø' -> out.append('o');
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'đ' -> out.append('d');
        case 'ı' -> out.append('i');
        default -> {
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
