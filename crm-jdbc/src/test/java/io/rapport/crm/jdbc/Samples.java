package io.rapport.crm.jdbc;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.common.pii.PostalAddress;
import io.rapport.crm.compliance.AuditChain;
import io.rapport.crm.compliance.AuditDraft;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records for this module's tests, in a fresh tenant per instance. */
final class Samples {
  static final Instant AT = Instant.parse("2025-03-01T10:15:30.123456Z");

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final IdSource ids = IdSource.uuidV7(Clock.fixed(AT, ZoneOffset.UTC));
  private int serial;

  TenantId tenant() {
    return tenant;
  }

  CustomerId customerId() {
    return ids.next(CustomerId::new);
  }

  /** A person named {@code name} with one e-mail, one tag and every optional field set. */
  Customer person(String name) {
    int n = ++serial;
    return Customer.builder(
            customerId(),
            new Person(
                name,
                LocalDate.of(1980, 5, 17),
                new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "GB", "QQ1234" + n + "C")),
            AT)
        .contactPoints(List.of(email("person" + n + "@example.com")))
        .tags(Set.of("retail"))
        .preferredLanguage("en-GB")
        .owner(EmployeeId.of("rm-7"))
        .branch(BranchCode.of("LDN-01"))
        .updatedAt(AT.plusSeconds(60))
        .build();
  }

  /** A person with {@code count} contact points: e-mails, phones and postal addresses in turn. */
  Customer personWithContactPoints(String name, int count) {
    List<ContactPoint> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ContactPointId id = ids.next(ContactPointId::new);
      points.add(
          switch (i % 3) {
            case 0 ->
                new EmailContact(
                    id, EmailAddress.of("p" + i + "@example.com"), ContactPurpose.PERSONAL, i == 0);
            case 1 ->
                new PhoneContact(
                    id, PhoneNumber.of("+4420794600" + (10 + i)), ContactPurpose.WORK, i == 1);
            default ->
                new PostalContact(
                    id,
                    new PostalAddress(List.of(i + " High Street"), "London", null, "N1 9GU", "GB"),
                    ContactPurpose.HOME,
                    i == 2);
          });
    }
    return person(name).toBuilder().contactPoints(points).build();
  }

  EmailContact email(String address) {
    return new EmailContact(
        ids.next(ContactPointId::new), EmailAddress.of(address), ContactPurpose.PERSONAL, true);
  }

  Relationship relationship(CustomerId from, CustomerId to) {
    return new Relationship(
        ids.next(RelationshipId::new),
        1,
        from,
        to,
        RelationshipType.BENEFICIARY,
        LocalDate.of(2020, 1, 1),
        null);
  }

  Household household(CustomerId primary, boolean primaryHousehold, CustomerId... others) {
    List<HouseholdMember> members = new ArrayList<>();
    members.add(new HouseholdMember(primary, HouseholdRole.HEAD, primaryHousehold));
    for (CustomerId other : others) {
      members.add(new HouseholdMember(other, HouseholdRole.DEPENDANT, false));
    }
    return new Household(ids.next(HouseholdId::new), 1, "The Household", members, primary);
  }

  Holding holding(CustomerId customer, String reference, Money balance) {
    return new Holding(
        ids.next(HoldingId::new),
        1,
        customer,
        ProductType.SAVINGS,
        "Everyday Saver",
        AccountReference.of(reference),
        HoldingRole.OWNER,
        balance,
        LocalDate.of(2021, 6, 1),
        null,
        AT);
  }

  Holding holding(CustomerId customer) {
    return holding(customer, "SAV-6016133192" + String.format("%04d", ++serial), eur("10.00"));
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** {@code count} audit entries continuing {@code head}, one second apart. */
  List<AuditEntry> auditEntries(AuditHead head, int count) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditHead current = head;
    for (int i = 0; i < count; i++) {
      AuditEntry entry =
          AuditChain.append(
              tenant,
              current,
              AT.plusSeconds(current.sequence()),
              Actor.user("clerk-1"),
              new AuditDraft(
                  "customer",
                  "c-" + (current.sequence() + 1),
                  "customer.updated",
                  List.of(new FieldChange("status", "PROSPECT", "ACTIVE")),
                  null));
      entries.add(entry);
      current = new AuditHead(entry.sequence(), entry.hash());
    }
    return entries;
  }
}
