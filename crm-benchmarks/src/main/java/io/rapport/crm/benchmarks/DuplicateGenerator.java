package io.rapport.crm.benchmarks;

import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Generates people with seeded duplicates, one customer at a time: every customer has a name made
 * of a first name and a syllable surname, a date of birth, an e-mail, a phone and a postal address;
 * half have a national id. A share of them get a second record of the same person, varied the way
 * real duplicates are: the e-mail in other case, the phone written another way, a typo in the
 * surname, the name order swapped, or only the national id in common. Deterministic for a seed.
 */
final class DuplicateGenerator {
  private static final String[] FIRST_NAMES = {
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Christopher",
    "Lisa",
    "Daniel",
    "Nancy",
    "Matthew",
    "Betty",
    "Anthony",
    "Margaret",
    "Mark",
    "Sandra",
    "Donald",
    "Ashley",
    "Steven",
    "Kimberly",
    "Paul",
    "Emily",
    "Andrew",
    "Donna",
    "Joshua",
    "Michelle",
    "Kenneth",
    "Carol",
    "Kevin",
    "Amanda",
    "Brian",
    "Dorothy",
    "George",
    "Melissa",
    "Timothy",
    "Deborah",
    "Ronald",
    "Stephanie",
    "Edward",
    "Rebecca",
    "Jason",
    "Sharon",
    "Jeffrey",
    "Laura",
    "Ryan",
    "Cynthia",
    "Jacob",
    "Kathleen",
    "Gary",
    "Amy",
    "Nicholas",
    "Angela",
    "Eric",
    "Shirley",
    "Jonathan",
    "Anna",
    "Stephen",
    "Brenda",
    "Larry",
    "Pamela",
    "Justin",
    "Emma",
    "Scott",
    "Nicole",
    "Brandon",
    "Helen",
    "Benjamin",
    "Samantha",
    "Samuel",
    "Katherine",
    "Gregory",
    "Christine",
    "Alexander",
    "Debra",
    "Frank",
    "Rachel",
    "Patrick",
    "Carolyn",
    "Raymond",
    "Janet",
    "Jack",
    "Catherine",
    "Dennis",
    "Maria",
    "Jerry",
    "Heather",
    "Tyler",
    "Diane",
    "Aaron",
    "Ruth",
    "Jose",
    "Julie",
    "Adam",
    "Olivia",
    "Nathan",
    "Joyce",
    "Henry",
    "Virginia",
    "Douglas",
    "Victoria",
    "Zachary",
    "Kelly",
    "Peter",
    "Lauren",
    "Kyle",
    "Christina",
    "Ethan",
    "Joan",
    "Walter",
    "Evelyn",
    "Noah",
    "Judith",
    "Jeremy",
    "Megan",
    "Christian",
    "Andrea",
    "Keith",
    "Cheryl",
    "Roger",
    "Hannah",
    "Terry",
    "Jacqueline",
    "Gerald",
    "Martha",
    "Harold",
    "Gloria",
    "Sean",
    "Teresa",
    "Austin",
    "Ann",
    "Carl",
    "Sara",
    "Arthur",
    "Madison",
    "Lawrence",
    "Frances",
    "Dylan",
    "Kathryn",
    "Jesse",
    "Janice",
    "Jordan",
    "Jean",
    "Bryan",
    "Abigail",
    "Billy",
    "Alice",
    "Joe",
    "Julia",
    "Bruce",
    "Judy",
    "Gabriel",
    "Sophia",
    "Logan",
    "Grace",
    "Albert",
    "Denise",
    "Willie",
    "Amber",
    "Alan",
    "Doris",
    "Juan",
    "Marilyn",
    "Wayne",
    "Danielle",
    "Elijah",
    "Beverly",
    "Randy",
    "Isabella",
    "Roy",
    "Theresa",
    "Vincent",
    "Diana",
    "Ralph",
    "Natalie",
    "Eugene",
    "Brittany",
    "Russell",
    "Charlotte",
    "Bobby",
    "Marie",
    "Mason",
    "Kayla",
    "Philip",
    "Alexis",
    "Louis",
    "Lori"
  };
  private static final String[] SYLLABLES = {
    "ab", "ar", "bel", "ber", "bra", "cal", "car", "dan", "del", "dor", "el", "en", "far", "fel",
    "gar", "gil", "ham", "har", "hol", "ing", "jan", "kel", "ker", "lan", "lar", "lin", "mar",
    "mel", "mor", "nel", "nor", "ol", "or", "pen", "per", "quin", "ral", "ren", "ros", "sal", "son",
    "stan", "tal", "ten", "tor", "ul", "van", "ver", "wal", "wen", "wick", "yar", "zel"
  };
  private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

  /** How a seeded duplicate differs from its original. */
  enum Variation {
    EMAIL_CASE,
    PHONE_FORMAT,
    SURNAME_TYPO,
    NAME_ORDER_SAME_POSTCODE,
    NATIONAL_ID_ONLY
  }

  /** One seeded pair: the original and its duplicate. */
  record SeededPair(CustomerId original, CustomerId duplicate, Variation variation) {}

  private final SplittableRandom random;
  private final double duplicateShare;
  private long serial;

  DuplicateGenerator(long seed, double duplicateShare) {
    this.random = new SplittableRandom(seed);
    this.duplicateShare = duplicateShare;
  }

  /**
   * Generates {@code count} customers in all (originals and duplicates), handing each to {@code
   * sink} and each seeded pair to {@code pairs}.
   */
  void generate(int count, Consumer<Customer> sink, Consumer<SeededPair> pairs) {
    int made = 0;
    while (made < count) {
      Profile person = newPerson();
      Customer original = customer(person, person.first() + " " + person.surname());
      sink.accept(original);
      made++;
      if (made < count && random.nextDouble() < duplicateShare) {
        Variation variation = Variation.values()[random.nextInt(Variation.values().length)];
        while (variation == Variation.NATIONAL_ID_ONLY && person.nationalId() == null) {
          variation = Variation.values()[random.nextInt(Variation.values().length)];
        }
        Customer duplicate = duplicate(person, variation);
        sink.accept(duplicate);
        pairs.accept(new SeededPair(original.id(), duplicate.id(), variation));
        made++;
      }
    }
  }

  private Profile newPerson() {
    String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
    StringBuilder surname = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      surname.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
    LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 75));
    long n = ++serial;
    String email = (first + "." + surname + n + "@example.org").toLowerCase(Locale.ROOT);
    String phone = String.format(Locale.ROOT, "+4479%08d", n);
    String postcode =
        String.format(
            Locale.ROOT,
            "%c%c%d %d%c%c",
            (char) ('A' + random.nextInt(26)),
            (char) ('A' + random.nextInt(26)),
            1 + random.nextInt(99),
            random.nextInt(10),
            (char) ('A' + random.nextInt(26)),
            (char) ('A' + random.nextInt(26)));
    String nationalId = random.nextBoolean() ? String.format(Locale.ROOT, "QQ%08dC", n) : null;
    return new Profile(first, surname.toString(), born, email, phone, postcode, nationalId);
  }

  private Customer duplicate(Profile p, Variation variation) {
    Profile other = newPerson();
    return switch (variation) {
      case EMAIL_CASE ->
          customer(
              new Profile(
                  p.first(),
                  other.surname(),
                  other.born(),
                  p.email().toUpperCase(Locale.ROOT),
                  other.phone(),
                  other.postcode(),
                  null),
              p.first() + " " + other.surname());
      case PHONE_FORMAT ->
          customer(
              new Profile(
                  other.first(),
                  p.surname(),
                  other.born(),
                  other.email(),
                  "0044 " + p.phone().substring(3, 7) + " " + p.phone().substring(7),
                  other.postcode(),
                  null),
              other.first() + " " + p.surname());
      case SURNAME_TYPO ->
          customer(
              new Profile(
                  p.first(),
                  typo(p.surname()),
                  p.born(),
                  other.email(),
                  other.phone(),
                  other.postcode(),
                  null),
              p.first() + " " + typo(p.surname()));
      case NAME_ORDER_SAME_POSTCODE ->
          customer(
              new Profile(
                  p.first(), p.surname(), null, other.email(), other.phone(), p.postcode(), null),
              p.surname() + ", " + p.first());
      case NATIONAL_ID_ONLY ->
          customer(
              new Profile(
                  other.first(),
                  other.surname(),
                  other.born(),
                  other.email(),
                  other.phone(),
                  other.postcode(),
                  p.nationalId()),
              other.first() + " " + other.surname());
    };
  }

  /** Swaps two letters after the third (so the blocking prefix stays), or doubles the last one. */
  private String typo(String surname) {
    if (surname.length() < 6) {
      return surname + surname.charAt(surname.length() - 1);
    }
    char[] letters = surname.toCharArray();
    int at = 4;
    char swap = letters[at];
    letters[at] = letters[at + 1];
    letters[at + 1] = swap;
    String typed = new String(letters);
    return typed.equals(surname) ? surname + "e" : typed;
  }

  private Customer customer(Profile p, String name) {
    List<ContactPoint> points = new ArrayList<>(3);
    points.add(
        new EmailContact(pointId(), EmailAddress.of(p.email()), ContactPurpose.PERSONAL, true));
    points.add(new PhoneContact(pointId(), PhoneNumber.of(p.phone()), ContactPurpose.HOME, true));
    points.add(
        new PostalContact(
            pointId(),
            new PostalAddress(List.of("1 High Street"), "Leeds", null, p.postcode(), "GB"),
            ContactPurpose.HOME,
            true));
    GovernmentId id =
        p.nationalId() == null
            ? null
            : new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "GB", p.nationalId());
    return Customer.builder(new CustomerId(uuid()), new Person(name, p.born(), id), CREATED)
        .contactPoints(points)
        .build();
  }

  private ContactPointId pointId() {
    return new ContactPointId(uuid());
  }

  private UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private record Profile(
      String first,
      String surname,
      LocalDate born,
      String email,
      String phone,
      String postcode,
      String nationalId) {}
}
