package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.internal.Names;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What duplicate detection knows of one customer: the normalised values the blocking keys and the
 * pairwise scorer read, and nothing else. Personal data: {@link #toString()} shows only the id and
 * the kind. Immutable.
 *
 * @param foldedName the legal name folded by {@link Names#fold}: lower case, no accents, words
 *     sorted
 * @param foundingDate date of birth or incorporation; may be null
 * @param governmentId {@code KIND:COUNTRY:VALUE} with the value upper-cased without blanks, dots,
 *     slashes or dashes; may be null
 * @param emails normalised e-mail addresses
 * @param phones E.164 phone numbers
 * @param postcodes normalised postcodes of postal contact points
 */
public record MatchProfile(
    CustomerId id,
    PartyKind kind,
    String foldedName,
    LocalDate foundingDate,
    String governmentId,
    Set<String> emails,
    Set<String> phones,
    Set<String> postcodes) {

  /** Checks presence and copies the sets. */
  public MatchProfile {
    Checks.notNull(id, "id");
    Checks.notNull(kind, "kind");
    Checks.notNull(foldedName, "foldedName");
    emails = Set.copyOf(Checks.notNull(emails, "emails"));
    phones = Set.copyOf(Checks.notNull(phones, "phones"));
    postcodes = Set.copyOf(Checks.notNull(postcodes, "postcodes"));
  }

  /** The profile of {@code customer}. */
  public static MatchProfile of(Customer customer) {
    Checks.notNull(customer, "customer");
    Set<String> emails = new TreeSet<>();
    Set<String> phones = new TreeSet<>();
    Set<String> postcodes = new TreeSet<>();
    for (ContactPoint point : customer.contactPoints()) {
      if (point instanceof EmailContact email) {
        emails.add(email.email().normalized());
      } else if (point instanceof PhoneContact phone) {
        phones.add(phone.phone().normalized());
      } else if (point instanceof PostalContact postal
          && postal.address().normalizedPostcode() != null) {
        postcodes.add(postal.address().normalizedPostcode());
      }
    }
    return new MatchProfile(
        customer.id(),
        customer.kind(),
        Names.fold(customer.party().legalName()),
        customer.party().foundingDate(),
        governmentKey(customer.party().governmentId()),
        emails,
        phones,
        postcodes);
  }

  /** {@code NATIONAL_ID:GB:QQ123456C} for "qq 12 34 56-c"; null for null. */
  static String governmentKey(GovernmentId id) {
    if (id == null) {
      return null;
    }
    String compact = id.value().replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
    return id.kind() + ":" + id.country() + ":" + compact;
  }

  @Override
  public String toString() {
    return "MatchProfile[id=" + id + ", kind=" + kind + "]";
  }
}
