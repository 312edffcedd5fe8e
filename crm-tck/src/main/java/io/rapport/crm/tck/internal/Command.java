package io.rapport.crm.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.statistics.Statistics;

/**
 * One step of a random command sequence: does something through the ports, checks the outcome the
 * {@link ReferenceModel} predicts (a stored value, or a refusal), and updates the model. Indexes
 * ("picks") choose among the values present when the command runs, so any sequence is valid.
 *
 * <p>Over 400 lines on purpose: the commands are one vocabulary, read and extended together.
 */
public interface Command {
  /** Display names with case ties, quotes, wildcards and characters beyond the BMP. */
  List<String> NAMES =
      List.of(
          "anna",
          "Anna",
          "ANNA b",
          "Émile",
          "O'Brien",
          "100% _x",
          "山田",
          "\uD83D\uDE00 smile",
          "zoë",
          "a\\b",
          "Lovelace-Byron");

  /** Segment tags. */
  List<String> TAGS = List.of("vip", "retail", "sme", "private-banking", "k:1");

  /** E-mail addresses, two of them equal once normalised. */
  List<String> EMAILS = List.of("a@example.com", "A@Example.COM", "b@example.com", "c'd@x.org");

  /** Phone numbers, two of them equal once normalised. */
  List<String> PHONES = List.of("+442079460001", "0044 20 7946 0001", "+33123456789");

  /** Account references. */
  List<String> REFERENCES = List.of("REF-0", "REF-1");

  /** Runs the command against the session's storage and model. */
  void run(StatefulSession session);

  /** Counts an outcome for jqwik's report, to show which paths the sequences reached. */
  private static void outcome(String name) {
    Statistics.label("outcomes").collect(name);
  }

  private static Set<String> tags(int mask) {
    Set<String> tags = new TreeSet<>();
    for (int i = 0; i < TAGS.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        tags.add(TAGS.get(i));
      }
    }
    return tags;
  }

  /** Updates {@code changed} expecting success; the model takes the returned value. */
  private static void expectUpdated(StatefulSession session, Customer changed) {
    Customer returned = session.tx(tx -> tx.customers().update(session.tenant, changed));
    assertThat(returned).isEqualTo(changed.toBuilder().version(changed.version() + 1).build());
    session.model.customers.put(returned.id(), returned);
    outcome("customer updated");
  }

  /** Registers a new person or organisation with an e-mail address and tags. */
  record Register(int name, boolean organisation, int tagMask, int email) implements Command {
    @Override
    public void run(StatefulSession session) {
      String displayName = NAMES.get(name);
      CustomerId id = session.given.customerId();
      Customer customer =
          Customer.builder(
                  id,
                  organisation
                      ? new Organisation(displayName + " Ltd", null, null)
                      : new Person(displayName, null, null),
                  session.given.later())
              .displayName(displayName)
              .tags(tags(tagMask))
              .contactPoints(
                  List.of(session.given.email(EMAILS.get(email), ContactPurpose.PERSONAL, true)))
              .build();
      session.tx(
          tx -> {
            tx.customers().insert(session.tenant, customer);
            return null;
          });
      session.model.customers.put(id, customer);
    }
  }

  /** Renames a customer with the version read. */
  record Rename(int pick, int name) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      if (current != null) {
        expectUpdated(
            session,
            current.toBuilder()
                .displayName(NAMES.get(name))
                .updatedAt(session.given.later())
                .build());
      }
    }
  }

  /** Updates a customer with a version other than the stored one: refused, nothing changes. */
  record StaleUpdate(int pick, int name) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      if (current != null) {
        long wrong = current.version() > 1 ? current.version() - 1 : current.version() + 1;
        Customer stale = current.toBuilder().version(wrong).displayName(NAMES.get(name)).build();
        assertThatThrownBy(() -> session.tx(tx -> tx.customers().update(session.tenant, stale)))
            .isInstanceOf(ConcurrentUpdateException.class);
        outcome("stale update refused");
      }
    }
  }

  /** Moves a customer to another status when the lifecycle allows it. */
  record ChangeStatus(int pick, CustomerStatus target) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      if (current != null && current.status().canMoveTo(target)) {
        expectUpdated(session, current.changeStatus(target, session.given.later()));
      }
    }
  }

  /** Replaces a customer's tags. */
  record SetTags(int pick, int tagMask) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      if (current != null) {
        expectUpdated(session, current.toBuilder().tags(tags(tagMask)).build());
      }
    }
  }

  /** Adds an e-mail or phone contact point. */
  record AddContactPoint(int pick, boolean email, int value, boolean primary) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      if (current != null && current.contactPoints().size() < Customer.MAX_CONTACT_POINTS) {
        ContactPoint point =
            email
                ? session.given.email(
                    EMAILS.get(value % EMAILS.size()), ContactPurpose.WORK, primary)
                : session.given.phone(PHONES.get(value % PHONES.size()), primary);
        expectUpdated(session, current.addContactPoint(point, session.given.later()));
      }
    }
  }

  /** Removes a contact point. */
  record RemoveContactPoint(int pick, int point) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      ContactPoint removed =
          current == null ? null : ReferenceModel.pick(current.contactPoints(), point);
      if (removed != null) {
        expectUpdated(session, current.removeContactPoint(removed.id(), session.given.later()));
      }
    }
  }

  /** Relates two different customers. */
  record Link(int from, int to, RelationshipType type) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer first = session.model.pickCustomer(from);
      Customer second = session.model.pickCustomer(to);
      if (first != null && !first.id().equals(second.id())) {
        Relationship relationship = session.given.aRelationship(first.id(), second.id(), type);
        session.tx(
            tx -> {
              tx.relationships().insert(session.tenant, relationship);
              return null;
            });
        session.model.relationships.put(relationship.id(), relationship);
        assertThat(
                session.<Optional<Relationship>>tx(
                    tx -> tx.relationships().find(session.tenant, relationship.id())))
            .contains(relationship);
      }
    }
  }

  /** Ends an open relationship. */
  record EndRelationship(int pick) implements Command {
    @Override
    public void run(StatefulSession session) {
      List<Relationship> open =
          session.model.relationships.values().stream().filter(r -> r.validThru() == null).toList();
      Relationship current = ReferenceModel.pick(open, pick);
      if (current != null) {
        Relationship returned =
            session.tx(
                tx ->
                    tx.relationships()
                        .update(session.tenant, current.end(LocalDate.of(2030, 1, 1))));
        assertThat(returned.version()).isEqualTo(current.version() + 1);
        session.model.relationships.put(returned.id(), returned);
      }
    }
  }

  /** Creates a household; refused when a member flagged primary already has a primary one. */
  record CreateHousehold(List<Integer> members, List<Boolean> primaryFlags) implements Command {
    @Override
    public void run(StatefulSession session) {
      Set<Customer> chosen = new LinkedHashSet<>();
      for (int member : members) {
        Customer customer = session.model.pickCustomer(member);
        if (customer != null) {
          chosen.add(customer);
        }
      }
      if (chosen.isEmpty()) {
        return;
      }
      List<HouseholdMember> householdMembers = new ArrayList<>();
      int i = 0;
      for (Customer customer : chosen) {
        boolean primary = primaryFlags.get(i++ % primaryFlags.size());
        householdMembers.add(new HouseholdMember(customer.id(), HouseholdRole.OTHER, primary));
      }
      Household household =
          new Household(
              new HouseholdId(session.given.nextUuid()),
              1,
              "Household " + session.given.serial(),
              householdMembers,
              householdMembers.get(0).customer());
      if (session.model.breaksPrimaryRule(household)) {
        assertThatThrownBy(
                () ->
                    session.tx(
                        tx -> {
                          tx.households().insert(session.tenant, household);
                          return null;
                        }))
            .isInstanceOf(HouseholdMembershipException.class);
        outcome("household refused: primary elsewhere");
        assertThat(
                session.<Optional<Household>>tx(
                    tx -> tx.households().find(session.tenant, household.id())))
            .isEmpty();
      } else {
        session.tx(
            tx -> {
              tx.households().insert(session.tenant, household);
              return null;
            });
        session.model.households.put(household.id(), household);
        outcome("household stored");
      }
    }
  }

  /** Adds a holding; refused when the customer already holds the reference. */
  record AddHolding(int pick, int reference) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer customer = session.model.pickCustomer(pick);
      if (customer == null) {
        return;
      }
      AccountReference ref = AccountReference.of(REFERENCES.get(reference));
      Holding holding = session.given.aHolding(customer.id(), Money.of("10.00", "EUR"), ref);
      boolean taken =
          session.model.holdings.values().stream()
              .anyMatch(
                  h -> h.customer().equals(customer.id()) && h.accountReference().equals(ref));
      if (taken) {
        assertThatThrownBy(
                () ->
                    session.tx(
                        tx -> {
                          tx.holdings().insert(session.tenant, holding);
                          return null;
                        }))
            .isInstanceOf(DuplicateRecordException.class);
        outcome("holding refused: reference held");
      } else {
        session.tx(
            tx -> {
              tx.holdings().insert(session.tenant, holding);
              return null;
            });
        session.model.holdings.put(holding.id(), holding);
        outcome("holding stored");
      }
    }
  }

  /** Deletes a holding with the version read, or tries with a stale one and is refused. */
  record DeleteHolding(int pick, boolean stale) implements Command {
    @Override
    public void run(StatefulSession session) {
      Holding holding = ReferenceModel.pick(new ArrayList<>(session.model.holdings.values()), pick);
      if (holding == null) {
        return;
      }
      if (stale) {
        assertThatThrownBy(
                () ->
                    session.tx(
                        tx -> {
                          tx.holdings().delete(session.tenant, holding.id(), holding.version() + 1);
                          return null;
                        }))
            .isInstanceOf(ConcurrentUpdateException.class);
      } else {
        session.tx(
            tx -> {
              tx.holdings().delete(session.tenant, holding.id(), holding.version());
              return null;
            });
        session.model.holdings.remove(holding.id());
        outcome("holding deleted");
      }
    }
  }

  /** Searches by tag, walking small pages, and compares with the model. */
  record SearchByTag(int tag, int pageSize) implements Command {
    @Override
    public void run(StatefulSession session) {
      String wanted = TAGS.get(tag);
      assertThat(session.searchAll(CustomerQuery.all().withTag(wanted), pageSize))
          .isEqualTo(session.model.customersInSearchOrder(c -> c.tags().contains(wanted)));
    }
  }

  /**
   * Searches by a prefix cut from a name at {@code from} code points (a name part's start, a word's
   * middle or the name's start), walking small pages, and compares with the model: the prefix
   * matches the name's start or the start of a part after a separator.
   */
  record SearchByPrefix(int name, int from, int length, int pageSize) implements Command {
    private static final String SEPARATOR = "[ \\-'.,/&()]";

    @Override
    public void run(StatefulSession session) {
      String full = NAMES.get(name);
      int codePoints = full.codePointCount(0, full.length());
      int start = full.offsetByCodePoints(0, Math.min(from, codePoints - 1));
      int end =
          full.offsetByCodePoints(
              start, Math.min(length, full.codePointCount(start, full.length())));
      String prefix = full.substring(start, end);
      String lower = prefix.toLowerCase(Locale.ROOT);
      Pattern partStart =
          Pattern.compile(SEPARATOR + "(?!" + SEPARATOR + ")" + Pattern.quote(lower));
      assertThat(session.searchAll(CustomerQuery.nameStartsWith(prefix), pageSize))
          .isEqualTo(
              session.model.customersInSearchOrder(
                  c -> {
                    String key = CustomerQuery.sortKey(c.displayName());
                    return key.startsWith(lower) || partStart.matcher(key).find();
                  }));
    }
  }

  /** Looks customers up by e-mail and compares with the model. */
  record FindByEmail(int email) implements Command {
    @Override
    public void run(StatefulSession session) {
      EmailAddress address = EmailAddress.of(EMAILS.get(email));
      List<Customer> expected =
          ReferenceModel.byIdText(
              session.model.customers.values().stream()
                  .filter(
                      c ->
                          c.contactPoints().stream()
                              .anyMatch(
                                  p ->
                                      p instanceof EmailContact e
                                          && e.email().normalized().equals(address.normalized())))
                  .toList(),
              Customer::id);
      assertThat(
              session.<List<Customer>>tx(tx -> tx.customers().findByEmail(session.tenant, address)))
          .isEqualTo(expected);
    }
  }

  /** Renames a customer and registers another in a unit that then fails: nothing changes. */
  record RolledBackUnit(int pick, int name) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer current = session.model.pickCustomer(pick);
      Customer extra = session.given.aPersonNamed(NAMES.get(name));
      IllegalStateException boom = new IllegalStateException("roll back on purpose");
      assertThatThrownBy(
              () ->
                  session.tx(
                      tx -> {
                        tx.customers().insert(session.tenant, extra);
                        if (current != null) {
                          tx.customers()
                              .update(
                                  session.tenant,
                                  current.toBuilder().displayName(NAMES.get(name)).build());
                        }
                        throw boom;
                      }))
          .isSameAs(boom);
    }
  }
}
