package io.rapport.crm.sample.internal;

import io.rapport.crm.common.IdSource;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.sample.SampleBankSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The state one generation run shares between the factories: chance, ids, phone numbers, the
 * reference time and the lists being filled. Not thread-safe; one per run.
 */
final class Workbench {
  final Dice dice;
  final IdSource ids;
  final Phones phones;
  final Emails emails;
  final Instant referenceTime;
  final LocalDate referenceDate;
  final List<Customer> customers;
  final List<PartyDraft> drafts;
  final List<Relationship> relationships = new ArrayList<>();
  final List<Household> households = new ArrayList<>();
  final List<Holding> holdings = new ArrayList<>();

  Workbench(SampleBankSpec spec) {
    this.dice = new Dice(spec.seed() * 0x9E37_79B9_7F4A_7C15L + 0x632B_E59B_D9B4_E019L);
    this.ids = IdSource.seededUuidV7(spec.clock(), spec.seed());
    this.phones = new Phones(dice);
    this.emails = new Emails(dice);
    this.referenceTime = spec.referenceTime();
    this.referenceDate = spec.referenceDate();
    this.customers = new ArrayList<>(spec.customers());
    this.drafts = new ArrayList<>(spec.customers());
  }

  /** Records a new customer and what the generator knows about it. */
  void add(Customer customer, PartyDraft draft) {
    customers.add(customer);
    drafts.add(draft);
  }

  /** A day from {@code from} to {@code to}, both included; {@code from} when they cross. */
  LocalDate dayBetween(LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(dice.between(0L, span));
  }

  /** A moment during business hours (UTC) of {@code day}. */
  Instant during(LocalDate day) {
    LocalTime time = LocalTime.of(dice.between(8, 17), dice.between(0, 59), dice.between(0, 59));
    Instant at = day.atTime(time).toInstant(ZoneOffset.UTC);
    return at.isAfter(referenceTime) ? referenceTime : at;
  }

  /** A moment from {@code from} to the reference time. */
  Instant after(Instant from) {
    long seconds = ChronoUnit.SECONDS.between(from, referenceTime);
    return seconds <= 0 ? from : from.plusSeconds(dice.between(0L, seconds));
  }
}
