package io.rapport.crm.sample.internal;

/**
 * A real city with fictional details: postcode shapes, the drama-number block of its area (a range
 * the national regulator keeps unassigned for films and books) and the branch serving it.
 *
 * @param region region or county; may be null
 * @param postcodes postcode patterns: {@code #} is a digit, {@code @} a letter, anything else
 *     itself
 * @param dramaPrefix E.164 prefix of the reserved block, e.g. {@code +44207946}
 * @param dramaDigits how many digits follow the prefix
 * @param branch the branch code, e.g. {@code GB-LON-01}
 * @param department the two-digit French département; null outside France
 */
record City(
    String name,
    String region,
    String[] postcodes,
    String dramaPrefix,
    int dramaDigits,
    String branch,
    String department) {

  private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  static City of(String name, String region, String postcodes, String drama, String branch) {
    return of(name, region, postcodes, drama, branch, null);
  }

  static City of(
      String name,
      String region,
      String postcodes,
      String drama,
      String branch,
      String department) {
    int digits = 0;
    while (drama.charAt(drama.length() - 1 - digits) == '#') {
      digits++;
    }
    return new City(
        name,
        region,
        postcodes.split(","),
        drama.substring(0, drama.length() - digits),
        digits,
        branch,
        department);
  }

  /** A postcode of this city's shape. */
  String postcode(Dice dice) {
    String pattern = dice.pick(postcodes);
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      out.append(c == '#' ? dice.digit() : c == '@' ? dice.letter(POSTCODE_LETTERS) : c);
    }
    return out.toString();
  }
}
