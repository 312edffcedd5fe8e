package io.rapport.crm.sample.internal;

import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import java.time.LocalDate;
import java.time.Period;

/**
 * What the generator knows about a customer beyond the {@link io.rapport.crm.party.Customer} value:
 * where it lives, its segment, when it became a customer and when it was born or incorporated.
 * Holdings and relationships are drawn from it.
 */
record PartyDraft(
    CustomerId id,
    boolean organisation,
    Country country,
    City city,
    Segment segment,
    CustomerStatus status,
    LocalDate born,
    LocalDate since) {

  /** Age in whole years on {@code day}. */
  int age(LocalDate day) {
    return Period.between(born, day).getYears();
  }
}
