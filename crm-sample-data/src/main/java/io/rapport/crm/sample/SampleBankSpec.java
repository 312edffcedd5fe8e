package io.rapport.crm.sample;

import io.rapport.crm.common.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What {@link SampleBank#generate} builds: the seed, how many customers, which share of them are
 * organisations, and the reference time the data set is "as of" (the fixed clock behind every id,
 * date of birth, balance date and opening date). The same spec always gives the same bank.
 *
 * @param seed seed of the pseudo-random choices and of the id source
 * @param customers number of customers, 1 to {@value #MAX_CUSTOMERS}
 * @param organisationShare share of customers that are organisations (SMEs), 0.0 to 1.0
 * @param referenceTime the moment the data set describes; never null
 */
public record SampleBankSpec(
    long seed, int customers, double organisationShare, Instant referenceTime) {

  /** The largest data set the generator builds (it holds about 2 KB of heap per customer). */
  public static final int MAX_CUSTOMERS = 1_000_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 42L;

  /** The default share of organisations: 8 %. */
  public static final double DEFAULT_ORGANISATION_SHARE = 0.08;

  /** The default reference time: Monday 6 January 2025, 09:00 UTC. */
  public static final Instant DEFAULT_REFERENCE_TIME = Instant.parse("2025-01-06T09:00:00Z");

  /**
   * Checks the values.
   *
   * @throws InvalidValueException if customers is out of range, the share is not within 0..1 or the
   *     reference time is null
   */
  public SampleBankSpec {
    if (customers < 1 || customers > MAX_CUSTOMERS) {
      throw new InvalidValueException(
          "customers", "customers must be 1.." + MAX_CUSTOMERS + " but was " + customers);
    }
    if (!(organisationShare >= 0.0 && organisationShare <= 1.0)) {
      throw new InvalidValueException(
          "organisationShare", "organisationShare must be 0.0..1.0 but was " + organisationShare);
    }
    if (referenceTime == null) {
      throw new InvalidValueException("referenceTime", "referenceTime must not be null");
    }
  }

  /** {@code customers} customers from {@code seed}, with the default share and reference time. */
  public static SampleBankSpec of(long seed, int customers) {
    return new SampleBankSpec(seed, customers, DEFAULT_ORGANISATION_SHARE, DEFAULT_REFERENCE_TIME);
  }

  /** 5,000 customers from seed 42, 8 % organisations, as of {@link #DEFAULT_REFERENCE_TIME}. */
  public static SampleBankSpec defaults() {
    return of(DEFAULT_SEED, 5_000);
  }

  /** This spec with another seed. */
  public SampleBankSpec withSeed(long value) {
    return new SampleBankSpec(value, customers, organisationShare, referenceTime);
  }

  /** This spec with another number of customers. */
  public SampleBankSpec withCustomers(int value) {
    return new SampleBankSpec(seed, value, organisationShare, referenceTime);
  }

  /** This spec with another share of organisations. */
  public SampleBankSpec withOrganisationShare(double value) {
    return new SampleBankSpec(seed, customers, value, referenceTime);
  }

  /** This spec with another reference time. */
  public SampleBankSpec withReferenceTime(Instant value) {
    return new SampleBankSpec(seed, customers, organisationShare, value);
  }

  /** A clock fixed at the reference time, in UTC. */
  public Clock clock() {
    return Clock.fixed(referenceTime, ZoneOffset.UTC);
  }

  /** The reference date (UTC). */
  public LocalDate referenceDate() {
    return LocalDate.ofInstant(referenceTime, ZoneOffset.UTC);
  }
}
