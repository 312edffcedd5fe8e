package io.rapport.crm.party.merge;

import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.ContactChannel;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Plans an N-way merge: resolves every {@link MergeField} by its {@link SurvivorshipRule}, unites
 * contact points and tags, and keeps the survivor's id, version, status and creation time. Pure and
 * thread-safe.
 */
public final class MergePlanner {
  /** The most records one merge may join, survivor included. */
  public static final int MAX_RECORDS = 100;

  private static final String SOURCE_TAG = "source:";

  private MergePlanner() {}

  /**
   * The plan merging {@code others} into {@code survivor} at {@code at}.
   *
   * @throws io.rapport.crm.common.InvalidValueException if there is no other record, more than
   *     {@link #MAX_RECORDS} records, a record twice, records of different kinds, a record already
   *     merged, a manual pick naming a record outside the merge, or a result breaking a customer
   *     invariant (too many contact points or tags)
   */
  public static MergePlan plan(
      Customer survivor, List<Customer> others, SurvivorshipRules rules, Instant at) {
    Checks.notNull(survivor, "survivor");
    List<Customer> merged = Checks.list(others, "others");
    Checks.notNull(rules, "rules");
    Checks.notNull(at, "at");
    List<Customer> records = new ArrayList<>();
    records.add(survivor);
    records.addAll(merged);
    check(records, rules);
    Map<MergeField, CustomerId> chosen = new EnumMap<>(MergeField.class);
    Resolver resolver = new Resolver(records, rules, chosen);
    String legalName = resolver.resolve(MergeField.LEGAL_NAME, c -> c.party().legalName());
    LocalDate founded = resolver.resolve(MergeField.FOUNDING_DATE, c -> c.party().foundingDate());
    GovernmentId governmentId =
        resolver.resolve(MergeField.GOVERNMENT_ID, c -> c.party().governmentId());
    Party party =
        survivor.kind() == PartyKind.PERSON
            ? new Person(legalName, founded, governmentId)
            : new Organisation(legalName, founded, governmentId);
    Customer result =
        survivor.toBuilder()
            .party(party)
            .displayName(resolver.resolve(MergeField.DISPLAY_NAME, Customer::displayName))
            .preferredLanguage(
                resolver.resolve(MergeField.PREFERRED_LANGUAGE, Customer::preferredLanguage))
            .owner(resolver.resolve(MergeField.OWNER, Customer::owner))
            .branch(resolver.resolve(MergeField.BRANCH, Customer::branch))
            .contactPoints(contactPoints(records))
            .tags(tags(records))
            .updatedAt(at)
            .build();
    return new MergePlan(survivor.id(), merged.stream().map(Customer::id).toList(), result, chosen);
  }

  /** The source named by a record's {@code source:} tag, or null. */
  static String sourceOf(Customer customer) {
    for (String tag : customer.tags()) {
      if (tag.startsWith(SOURCE_TAG)) {
        return tag.substring(SOURCE_TAG.length());
      }
    }
    return null;
  }

  private static void check(List<Customer> records, SurvivorshipRules rules) {
    Checks.argument(records.size() >= 2, "others", "a merge needs at least one other record");
    Checks.argument(
        records.size() <= MAX_RECORDS,
        "others",
        "a merge joins at most %s records but was given %s",
        MAX_RECORDS,
        records.size());
    Set<CustomerId> ids = new HashSet<>();
    PartyKind kind = records.get(0).kind();
    for (Customer record : records) {
      Checks.argument(ids.add(record.id()), "others", "a record may be merged only once");
      Checks.argument(
          record.kind() == kind, "others", "only customers of the same kind can be merged");
      Checks.argument(
          record.status() != CustomerStatus.MERGED,
          "others",
          "customer %s is already merged",
          record.id());
    }
    for (Map.Entry<MergeField, CustomerId> pick : rules.manualPicks().entrySet()) {
      Checks.argument(
          ids.contains(pick.getValue()),
          "manualPicks",
          "the manual pick for %s names a record outside the merge",
          pick.getKey());
    }
  }

  /** The survivor's points, then the others' new ones; the first primary of a channel stays. */
  private static List<ContactPoint> contactPoints(List<Customer> records) {
    Set<List<Object>> seen = new HashSet<>();
    Set<ContactChannel> primaries = EnumSet.noneOf(ContactChannel.class);
    List<ContactPoint> points = new ArrayList<>();
    for (Customer record : records) {
      for (ContactPoint point : record.contactPoints()) {
        if (seen.add(List.of(point.channel(), valueOf(point)))) {
          boolean primary = point.primary() && primaries.add(point.channel());
          points.add(point.withPrimary(primary));
        }
      }
    }
    return points;
  }

  private static Object valueOf(ContactPoint point) {
    if (point instanceof EmailContact email) {
      return email.email().normalized();
    } else if (point instanceof PhoneContact phone) {
      return phone.phone().normalized();
    }
    return ((PostalContact) point).address();
  }

  private static Set<String> tags(List<Customer> records) {
    Set<String> tags = new TreeSet<>();
    records.forEach(r -> tags.addAll(r.tags()));
    return tags;
  }

  /** Resolves fields over the records (survivor first) and notes where each value came from. */
  private record Resolver(
      List<Customer> records, SurvivorshipRules rules, Map<MergeField, CustomerId> chosen) {
    <T> T resolve(MergeField field, Function<Customer, T> value) {
      Customer from = pick(field, value);
      if (from == null) {
        return null;
      }
      T picked = value.apply(from);
      if (picked != null) {
        chosen.put(field, from.id());
      }
      return picked;
    }

    private <T> Customer pick(MergeField field, Function<Customer, T> value) {
      SurvivorshipRule rule = rules.ruleFor(field);
      if (rule == SurvivorshipRule.MANUAL) {
        CustomerId id = rules.manualPicks().get(field);
        return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
      }
      Customer best = null;
      for (Customer record : records) {
        if (value.apply(record) != null && (best == null || better(rule, record, best))) {
          best = record;
        }
      }
      return best;
    }

    /** Whether {@code candidate} beats {@code best}, which comes earlier in command order. */
    private boolean better(SurvivorshipRule rule, Customer candidate, Customer best) {
      return switch (rule) {
        case NON_EMPTY, MANUAL -> false;
        case MOST_RECENT -> candidate.updatedAt().isAfter(best.updatedAt());
        case MOST_TRUSTED_SOURCE -> {
          int candidateRank = rules.rankOf(sourceOf(candidate));
          int bestRank = rules.rankOf(sourceOf(best));
          yield candidateRank < bestRank
              || candidateRank == bestRank && candidate.updatedAt().isAfter(best.updatedAt());
        }
      };
    }
  }
}
