package io.rapport.crm.party;

import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Readable fixtures for the party context. */
final class PartyFixtures {
  static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
  static final Instant T1 = Instant.parse("2024-05-02T10:30:00Z");
  static final String LEGAL_NAME = "Alice Example";

  private PartyFixtures() {}

  static CustomerId customerId(int n) {
    return new CustomerId(new UUID(0x0190a4b27c1e7000L, 0x8000000000000000L | n));
  }

  static ContactPointId contactPointId(int n) {
    return new ContactPointId(new UUID(0x0190a4b27c1e7000L, 0x8000000000010000L | n));
  }

  static HouseholdId householdId(int n) {
    return new HouseholdId(new UUID(0x0190a4b27c1e7000L, 0x8000000000020000L | n));
  }

  static Person alice() {
    return new Person(
        LEGAL_NAME,
        LocalDate.of(1980, 3, 14),
        new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "GB", "AB123456C"));
  }

  static Customer.Builder aCustomerBuilder() {
    return Customer.builder(customerId(1), alice(), T0);
  }

  static Customer aCustomer() {
    return aCustomerBuilder().build();
  }

  static Customer aCustomerWith(ContactPoint... points) {
    return aCustomerBuilder().contactPoints(List.of(points)).build();
  }

  static EmailContact email(int n, boolean primary) {
    return new EmailContact(
        contactPointId(n),
        EmailAddress.of("person" + n + "@example.com"),
        ContactPurpose.PERSONAL,
        primary);
  }

  static PhoneContact phone(int n, boolean primary) {
    return new PhoneContact(
        contactPointId(n),
        PhoneNumber.of("+4420794600" + (10 + n % 90)),
        ContactPurpose.HOME,
        primary);
  }

  static PostalContact postal(int n, boolean primary) {
    return new PostalContact(
        contactPointId(n),
        new PostalAddress(List.of(n + " Acacia Avenue"), "Leeds", null, "LS1 1AA", "GB"),
        ContactPurpose.CORRESPONDENCE,
        primary);
  }
}
