package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.lead.DuplicateMatch;
import io.rapport.crm.lead.DuplicateMatcher;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.sdk.DuplicateCandidate;
import io.rapport.crm.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds duplicate candidates of a lead: open leads sharing a contact key (indexed), customers with
 * the same e-mail or phone (indexed), and customers whose display name starts with the same three
 * letters as the lead's name (an indexed prefix search, at most {@value #NAME_PAGE} of them), each
 * scored by {@link DuplicateMatcher}. Candidates are ordered by score, then id.
 */
final class DuplicateFinder {
  static final int LEAD_LIMIT = 200;
  static final int NAME_PAGE = 100;
  private static final DuplicateMatcher MATCHER = DuplicateMatcher.standard();

  private DuplicateFinder() {}

  static List<DuplicateCandidate> find(UnitOfWork unit, TenantId tenant, Lead lead) {
    return find(unit, tenant, lead, RecordFilter.unrestricted(), other -> true);
  }

  /**
   * The candidates {@code visible} to a caller: customers of its read {@code filter} (applied in
   * the queries) and leads {@code visibleLead} accepts.
   */
  static List<DuplicateCandidate> find(
      UnitOfWork unit,
      TenantId tenant,
      Lead lead,
      RecordFilter filter,
      Predicate<Lead> visibleLead) {
    LeadContact probe = lead.contact();
    List<DuplicateCandidate> found = new ArrayList<>();
    for (Lead other : unit.leads().findOpenSharingKey(tenant, probe, LEAD_LIMIT)) {
      if (!other.id().equals(lead.id()) && visibleLead.test(other)) {
        MATCHER
            .match(probe, other.contact())
            .ifPresent(
                m -> found.add(new DuplicateCandidate(other.id(), null, m.score(), m.rule())));
      }
    }
    Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    if (probe.email() != null) {
      unit.customers()
          .findByEmail(tenant, probe.email(), filter)
          .forEach(c -> customers.put(c.id(), c));
    }
    if (probe.phone() != null) {
      unit.customers()
          .findByPhone(tenant, probe.phone(), filter)
          .forEach(c -> customers.put(c.id(), c));
    }
    String prefix = namePrefix(probe.name());
    if (prefix != null && (probe.dateOfBirth() != null || probe.postcode() != null)) {
      unit.customers()
          .search(
              tenant, CustomerQuery.nameStartsWith(prefix), PageRequest.first(NAME_PAGE), filter)
          .items()
          .forEach(c -> customers.putIfAbsent(c.id(), c));
    }
    for (Customer customer : customers.values()) {
      Optional<DuplicateMatch> match = MATCHER.match(probe, profile(customer, probe));
      match.ifPresent(
          m -> found.add(new DuplicateCandidate(null, customer.id(), m.score(), m.rule())));
    }
    found.sort(
        Comparator.comparingInt(DuplicateCandidate::score)
            .reversed()
            .thenComparing(c -> String.valueOf(c.lead() != null ? c.lead() : c.customer())));
    return found;
  }

  /** The first three letters of the name as written, lower-cased; null if it has fewer. */
  private static String namePrefix(String name) {
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) < 3) {
      return null;
    }
    return stripped.substring(0, stripped.offsetByCodePoints(0, 3));
  }

  /**
   * The customer as a contact to match against: display name, birth date of a person, and of each
   * channel the point equal to the probe's if any, else the first.
   */
  static LeadContact profile(Customer customer, LeadContact probe) {
    EmailAddress email = null;
    PhoneNumber phone = null;
    String postcode = null;
    for (ContactPoint point : customer.contactPoints()) {
      if (point instanceof EmailContact e
          && (email == null
              || (probe.email() != null
                  && e.email().normalized().equals(probe.email().normalized())))) {
        email = e.email();
      } else if (point instanceof PhoneContact p
          && (phone == null || p.phone().equals(probe.phone()))) {
        phone = p.phone();
      } else if (point instanceof PostalContact a
          && (postcode == null
              || Objects.equals(
                  LeadContact.normalizePostcode(a.address().postcode()),
                  probe.normalizedPostcode()))) {
        postcode = a.address().postcode();
      }
    }
    LocalDate born = customer.party() instanceof Person person ? person.dateOfBirth() : null;
    return new LeadContact(
        customer.displayName().length() > 200
            ? customer.displayName().substring(0, 200)
            : customer.displayName(),
        email,
        phone,
        born,
        postcode == null || postcode.length() > 16 ? null : postcode);
  }
}
