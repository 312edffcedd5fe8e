package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.pii.Masking;
import io.rapport.crm.common.pii.PersonalData;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The audited fields of a {@link Customer}, old against new. Names and founding dates are masked
 * with {@link Masking#text}, government ids and contact values with {@link PersonalData#masked()};
 * timestamps and the version are not audited (the entry has its own time).
 */
final class CustomerDiffer {
  private CustomerDiffer() {}

  /** The changed fields; {@code before} is null on creation, {@code after} on deletion. */
  static List<FieldChange> diff(Customer before, Customer after) {
    return new FieldDiff()
        .field("kind", get(before, Customer::kind), get(after, Customer::kind))
        .field(
            "legalName",
            party(before, Party::legalName),
            party(after, Party::legalName),
            Masking::text)
        .field(
            "displayName",
            get(before, Customer::displayName),
            get(after, Customer::displayName),
            Masking::text)
        .field(
            "foundingDate",
            party(before, Party::foundingDate),
            party(after, Party::foundingDate),
            CustomerDiffer::maskDate)
        .field(
            "governmentId",
            party(before, Party::governmentId),
            party(after, Party::governmentId),
            PersonalData::masked)
        .field("status", get(before, Customer::status), get(after, Customer::status))
        .field(
            "preferredLanguage",
            get(before, Customer::preferredLanguage),
            get(after, Customer::preferredLanguage))
        .field("tags", tags(before), tags(after), tags -> String.join(",", tags))
        .field("owner", get(before, Customer::owner), get(after, Customer::owner))
        .field("branch", get(before, Customer::branch), get(after, Customer::branch))
        .keyed("contactPoints", points(before), points(after), CustomerDiffer::render)
        .changes();
  }

  private static <T> T get(Customer customer, Function<Customer, T> field) {
    return customer == null ? null : field.apply(customer);
  }

  private static <T> T party(Customer customer, Function<Party, T> field) {
    return customer == null ? null : field.apply(customer.party());
  }

  /** No tags and no customer both mean "absent", so a creation without tags lists no tags. */
  private static Set<String> tags(Customer customer) {
    return customer == null || customer.tags().isEmpty() ? null : customer.tags();
  }

  private static String maskDate(LocalDate date) {
    return Masking.text(date.toString());
  }

  private static Map<String, ContactPoint> points(Customer customer) {
    Map<String, ContactPoint> byId = new LinkedHashMap<>();
    if (customer != null) {
      for (ContactPoint point : customer.contactPoints()) {
        byId.put(point.id().toString(), point);
      }
    }
    return byId;
  }

  /** {@code EMAIL PERSONAL primary a***@e***.com}. */
  static String render(ContactPoint point) {
    PersonalData value;
    if (point instanceof EmailContact email) {
      value = email.email();
    } else if (point instanceof PhoneContact phone) {
      value = phone.phone();
    } else {
      value = ((PostalContact) point).address();
    }
    return point.channel()
        + " "
        + point.purpose()
        + (point.primary() ? " primary " : " ")
        + value.masked();
  }
}
