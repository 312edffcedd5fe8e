package io.rapport.crm.party.merge;

import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Readable fixtures for duplicate detection and merge planning. */
final class MergeFixtures {
  static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
  static final LocalDate BORN = LocalDate.of(1980, 3, 14);

  private MergeFixtures() {}

  static CustomerId id(int n) {
    return new CustomerId(new UUID(0x0190a4b27c1e7000L, 0x8000000000000000L | n));
  }

  static ContactPointId pointId(int n) {
    return new ContactPointId(new UUID(0x0190a4b27c1e7000L, 0x8000000000100000L | n));
  }

  static Customer.Builder person(int n, String name, LocalDate born) {
    return Customer.builder(id(n), new Person(name, born, null), T0);
  }

  static Customer.Builder organisation(int n, String name) {
    return Customer.builder(id(n), new Organisation(name, null, null), T0);
  }

  static GovernmentId nationalId(String value) {
    return new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "GB", value);
  }

  static EmailContact email(int point, String address, boolean primary) {
    return new EmailContact(
        pointId(point), EmailAddress.of(address), ContactPurpose.PERSONAL, primary);
  }

  static PhoneContact phone(int point, String number, boolean primary) {
    return new PhoneContact(pointId(point), PhoneNumber.of(number), ContactPurpose.HOME, primary);
  }

  static PostalContact postal(int point, String postcode) {
    return new PostalContact(
        pointId(point),
        new PostalAddress(List.of("1 Acacia Avenue"), "Leeds", null, postcode, "GB"),
        ContactPurpose.CORRESPONDENCE,
        true);
  }

  static Customer with(Customer.Builder builder, ContactPoint... points) {
    return builder.contactPoints(List.of(points)).build();
  }

  static MatchProfile profile(
      int n, String foldedName, String email, String phone, String governmentId) {
    return new MatchProfile(
        id(n),
        io.rapport.crm.party.PartyKind.PERSON,
        foldedName,
        null,
        governmentId,
        email == null ? Set.of() : Set.of(email),
        phone == null ? Set.of() : Set.of(phone),
        Set.of());
  }
}
