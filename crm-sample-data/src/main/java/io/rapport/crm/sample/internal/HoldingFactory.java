package io.rapport.crm.sample.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes holdings: one to six per active customer with a product mix that fits the segment and age,
 * one or two small ones per dormant customer, one or two closed ones per closed customer, none for
 * prospects. Couples often hold the current account and the mortgage jointly (the same account
 * reference, role JOINT_OWNER on both sides).
 */
final class HoldingFactory {
  /** The most holdings one customer gets. */
  static final int MAX_PER_CUSTOMER = 6;

  private final Workbench bench;
  private final Map<CustomerId, Integer> counts = new HashMap<>();

  HoldingFactory(Workbench bench) {
    this.bench = bench;
  }

  /**
   * Makes {@code person}'s holdings; when {@code partner} (already made) is given and both are
   * active, shares the partner's current account and mortgage at random.
   */
  void forPerson(PartyDraft person, PartyDraft partner) {
    if (person.status() == CustomerStatus.PROSPECT) {
      return;
    }
    Dice dice = bench.dice;
    List<ProductType> plan = plan(person);
    if (partner != null
        && person.status() == CustomerStatus.ACTIVE
        && partner.status() == CustomerStatus.ACTIVE) {
      shareWith(person, partner, ProductType.MORTGAGE, dice.chance(0.85), plan);
      shareWith(person, partner, ProductType.CURRENT_ACCOUNT, dice.chance(0.55), plan);
    }
    for (ProductType type : plan) {
      if (count(person.id()) < MAX_PER_CUSTOMER) {
        add(make(person, type, HoldingRole.OWNER));
      }
    }
  }

  /** Makes an organisation's holdings; its first director may sign on its current account. */
  void forOrganisation(PartyDraft organisation, PartyDraft signatory) {
    if (organisation.status() == CustomerStatus.PROSPECT) {
      return;
    }
    for (ProductType type : plan(organisation)) {
      Holding holding = make(organisation, type, HoldingRole.OWNER);
      add(holding);
      if (type == ProductType.CURRENT_ACCOUNT
          && holding.open()
          && signatory != null
          && signatory.status() != CustomerStatus.PROSPECT
          && count(signatory.id()) < MAX_PER_CUSTOMER
          && bench.dice.chance(0.5)) {
        add(copyFor(holding, signatory.id(), HoldingRole.SIGNATORY));
      }
    }
  }

  private void shareWith(
      PartyDraft person,
      PartyDraft partner,
      ProductType type,
      boolean share,
      List<ProductType> plan) {
    if (!share) {
      return;
    }
    for (int i = bench.holdings.size() - 1; i >= 0; i--) {
      Holding held = bench.holdings.get(i);
      if (held.customer().equals(person.id())) {
        continue;
      }
      if (!held.customer().equals(partner.id())) {
        return;
      }
      if (held.productType() == type && held.open() && held.role() == HoldingRole.OWNER) {
        Holding joint = copyFor(held, partner.id(), HoldingRole.JOINT_OWNER);
        bench.holdings.set(i, joint);
        add(copyFor(joint, person.id(), HoldingRole.JOINT_OWNER));
        plan.remove(type);
        return;
      }
    }
  }

  private Holding copyFor(Holding holding, CustomerId customer, HoldingRole role) {
    HoldingId id = customer.equals(holding.customer()) ? holding.id() : nextId();
    return new Holding(
        id,
        1,
        customer,
        holding.productType(),
        holding.productName(),
        holding.accountReference(),
        role,
        holding.balance(),
        holding.openedOn(),
        holding.closedOn(),
        holding.asOf());
  }

  private List<ProductType> plan(PartyDraft party) {
    Dice dice = bench.dice;
    List<ProductType> plan = new ArrayList<>(MAX_PER_CUSTOMER);
    plan.add(ProductType.CURRENT_ACCOUNT);
    switch (party.status()) {
      case DORMANT, CLOSED -> {
        if (dice.chance(0.4)) {
          plan.add(ProductType.SAVINGS);
        }
        return plan;
      }
      default -> {}
    }
    Segment segment = party.segment();
    int age = party.age(bench.referenceDate);
    double[] odds = ProductOdds.of(segment, age);
    ProductType[] types = ProductOdds.TYPES;
    for (int i = 0; i < types.length && plan.size() < MAX_PER_CUSTOMER; i++) {
      if (dice.chance(odds[i])) {
        plan.add(types[i]);
      }
    }
    return plan;
  }

  private Holding make(PartyDraft party, ProductType type, HoldingRole role) {
    Dice dice = bench.dice;
    Currency currency = Products.currency(dice, type, party.segment(), party.country());
    AccountReference reference = Products.reference(dice, type, party.country(), currency);
    LocalDate earliest =
        type == ProductType.CURRENT_ACCOUNT || party.organisation()
            ? party.since()
            : laterOf(party.since(), party.born().plusYears(18));
    LocalDate candidate =
        type == ProductType.TERM_DEPOSIT
            ? bench.dayBetween(laterOf(earliest, bench.referenceDate.minusYears(3)), lastDay())
            : bench.dayBetween(earliest, lastDay());
    // A customer who joined (or came of age) on the last day still opened before the reference day.
    LocalDate openedOn = candidate.isAfter(lastDay()) ? lastDay() : candidate;
    boolean closed =
        party.status() == CustomerStatus.CLOSED
            || type != ProductType.CURRENT_ACCOUNT && dice.chance(0.03);
    LocalDate closedOn = closed ? bench.dayBetween(openedOn, lastDay()) : null;
    Money balance =
        closed
            ? Money.zero(currency)
            : Products.balance(
                dice, type, party.segment(), party.status() == CustomerStatus.DORMANT, currency);
    return new Holding(
        nextId(),
        1,
        party.id(),
        type,
        Products.name(dice, type, party.segment(), party.country()),
        reference,
        role,
        balance,
        openedOn,
        closedOn,
        bench.referenceTime);
  }

  private LocalDate lastDay() {
    return bench.referenceDate.minusDays(1);
  }

  private static LocalDate laterOf(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private HoldingId nextId() {
    return bench.ids.next(HoldingId::new);
  }

  private void add(Holding holding) {
    bench.holdings.add(holding);
    counts.merge(holding.customer(), 1, Integer::sum);
  }

  private int count(CustomerId customer) {
    return counts.getOrDefault(customer, 0);
  }
}
