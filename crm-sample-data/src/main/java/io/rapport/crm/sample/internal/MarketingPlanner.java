package io.rapport.crm.sample.internal;

import io.rapport.crm.campaign.CostLine;
import io.rapport.crm.campaign.MemberStatus;
import io.rapport.crm.common.Money;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentReason;
import io.rapport.crm.party.Customer;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleSales;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Marketing e-mail consents of the customers in the campaign's segment (granted, confirmed after a
 * double opt-in, pending, withdrawn, expired or never asked) and the campaign to that segment, with
 * the journeys of the members the launch keeps. Not thread-safe.
 */
final class MarketingPlanner {
  static final String SEGMENT_TAG = "affluent";

  private final SampleBank bank;
  private final Dice dice;
  private final LocalDate startsOn;
  private final List<SampleSales.ConsentStep> consents = new ArrayList<>();
  private final List<Customer> granted = new ArrayList<>();
  private final Map<ConsentReason, Long> excluded = new EnumMap<>(ConsentReason.class);
  private long candidates;

  MarketingPlanner(SampleBank bank, Dice dice) {
    this.bank = bank;
    this.dice = dice;
    this.startsOn = bank.spec().referenceDate().minusDays(60);
    plan();
  }

  List<SampleSales.ConsentStep> consents() {
    return consents;
  }

  SampleSales.CampaignPlan campaign() {
    List<SampleSales.Touch> touches = new ArrayList<>();
    boolean unsubscribed = false;
    for (Customer member : granted) {
      List<MemberStatus> path = new ArrayList<>(List.of(MemberStatus.SENT));
      BigDecimal value = null;
      if (dice.chance(0.05)) {
        path.add(MemberStatus.BOUNCED);
      } else {
        path.add(MemberStatus.DELIVERED);
        if (!unsubscribed) {
          path.add(MemberStatus.UNSUBSCRIBED);
          unsubscribed = true;
        } else if (dice.chance(0.55)) {
          path.add(MemberStatus.OPENED);
          if (dice.chance(0.45)) {
            path.add(MemberStatus.CLICKED);
            if (dice.chance(0.5)) {
              path.add(MemberStatus.RESPONDED);
              if (dice.chance(0.35)) {
                path.add(MemberStatus.CONVERTED);
                value = BigDecimal.valueOf(dice.between(8, 60) * 50L).setScale(2);
              }
            }
          }
        }
      }
      touches.add(new SampleSales.Touch(member.id(), path, value));
    }
    List<CostLine> costs =
        List.of(
            new CostLine(startsOn.minusDays(20), Money.of("4200.00", "EUR"), "creative agency"),
            new CostLine(startsOn, Money.of("1350.00", "EUR"), "e-mail platform"),
            new CostLine(startsOn.plusDays(30), Money.of("2500.00", "EUR"), "welcome bonuses"));
    return new SampleSales.CampaignPlan(
        "Affluent savings drive",
        "Move idle current-account balances of affluent customers into savings and investments",
        SEGMENT_TAG,
        startsOn,
        startsOn.plusDays(50),
        "EUR",
        new BigDecimal("10000.00"),
        new BigDecimal("8000.00"),
        new BigDecimal("40000.00"),
        new BigDecimal("0.08"),
        costs,
        touches,
        candidates,
        excluded);
  }

  private void plan() {
    Instant launch = startsOn.atStartOfDay().toInstant(ZoneOffset.UTC);
    for (Customer customer : bank.customers()) {
      if (!customer.tags().contains(SEGMENT_TAG)) {
        continue;
      }
      candidates++;
      Instant asked = launch.minus(Duration.ofDays(dice.between(40, 700)));
      int roll = dice.weighted(35, 12, 14, 10, 9, 20);
      switch (roll) {
        case 0 -> {
          step(customer, ConsentAction.GRANTED, asked);
          granted.add(customer);
        }
        case 1 -> {
          step(customer, ConsentAction.REQUESTED, asked);
          step(
              customer, ConsentAction.CONFIRMED, asked.plus(Duration.ofHours(dice.between(1, 72))));
          granted.add(customer);
        }
        case 2 -> {
          step(customer, ConsentAction.REQUESTED, asked);
          exclude(ConsentReason.PENDING_CONFIRMATION);
        }
        case 3 -> {
          step(customer, ConsentAction.GRANTED, asked);
          step(customer, ConsentAction.WITHDRAWN, asked.plus(Duration.ofDays(dice.between(5, 30))));
          exclude(ConsentReason.WITHDRAWN);
        }
        case 4 -> {
          step(customer, ConsentAction.GRANTED, asked);
          step(customer, ConsentAction.EXPIRED, asked.plus(Duration.ofDays(dice.between(5, 30))));
          exclude(ConsentReason.EXPIRED);
        }
        default -> exclude(ConsentReason.NEVER_ASKED);
      }
    }
    consents.sort(
        Comparator.comparing(SampleSales.ConsentStep::at)
            .thenComparing(s -> s.customer().toString()));
  }

  private void step(Customer customer, ConsentAction action, Instant at) {
    consents.add(new SampleSales.ConsentStep(customer.id(), action, at));
  }

  private void exclude(ConsentReason reason) {
    excluded.merge(reason, 1L, Long::sum);
  }
}
