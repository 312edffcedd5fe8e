package io.rapport.crm.tck.internal;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.EventId;
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
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data that reads like prose, for one test: a fresh tenant, a clock standing at a fixed time
 * that tests move, and ids from a seeded source, so every run builds the same records. Only the
 * tenant is random, so that adapters may share one database across tests and runs.
 */
public final class Fixtures {
  /** Where every test's clock starts: a time with microseconds, as databases keep them. */
  public static final Instant START = Instant.parse("2025-01-15T09:30:00.123456Z");

  private final TenantId tenant = freshTenant();
  private final TestClock clock = new TestClock(START);
  private final IdSource ids = IdSource.seededUuidV7(clock, 20_250_115L);
  private final AtomicInteger counter = new AtomicInteger();

  /** Fixtures for a new, empty tenant. */
  public static Fixtures forFreshTenant() {
    return new Fixtures();
  }

  /** A tenant id no test has used: {@code t-} and a random UUID. */
  public static TenantId freshTenant() {
    return TenantId.of("t-" + UUID.randomUUID());
  }

  /** This test's tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** This test's clock. */
  public TestClock clock() {
    return clock;
  }

  /** The current time of this test's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Moves the clock on by a second and returns the new time. */
  public Instant later() {
    return clock.advance(Duration.ofSeconds(1));
  }

  /** The next id from the seeded source. */
  public UUID nextUuid() {
    return ids.nextUuid();
  }

  /** A new customer id. */
  public CustomerId customerId() {
    return ids.next(CustomerId::new);
  }

  /** A number unique within this test, to keep references and e-mail addresses apart. */
  public int serial() {
    return counter.incrementAndGet();
  }

  /**
   * A person with every field set: date of birth, national id, e-mail, phone and postal contact
   * points, language, tags, relationship manager, branch and distinct timestamps.
   */
  public Customer aPerson() {
    return aPersonNamed("Amelia Hartley");
  }

  /** {@link #aPerson()} with the display name {@code displayName}. */
  public Customer aPersonNamed(String displayName) {
    int n = serial();
    Person person =
        new Person(
            "Amelia Rose Hartley",
            LocalDate.of(1985, 4, 12),
            new GovernmentId(GovernmentId.Kind.NATIONAL_ID, "GB", "QQ123456C"));
    return Customer.builder(customerId(), person, now())
        .displayName(displayName)
        .status(CustomerStatus.ACTIVE)
        .contactPoints(
            List.of(
                email("Amelia.Hartley" + n + "@Example.COM", ContactPurpose.PERSONAL, true),
                email("a.hartley" + n + "@work.example.org", ContactPurpose.WORK, false),
                phone("+44 20 7946 " + String.format(Locale.ROOT, "%04d", n % 10_000), true),
                postal(
                    new PostalAddress(
                        List.of("Flat 3", "12 Baker's Row", "Marylebone"),
                        "London",
                        "Greater London",
                        "NW1 6XE",
                        "GB"),
                    ContactPurpose.HOME,
                    true)))
        .preferredLanguage("en-GB")
        .tags(Set.of("vip", "retail", "segment:mass-affluent"))
        .owner(EmployeeId.of("rm-0042"))
        .branch(BranchCode.of("LDN-01"))
        .updatedAt(now().plusSeconds(90).plusNanos(1_000))
        .build();
  }

  /** {@code customer} with another id, every other field equal. */
  public static Customer withId(Customer customer, CustomerId id) {
    return new Customer(
        id,
        customer.version(),
        customer.party(),
        customer.displayName(),
        customer.status(),
        customer.contactPoints(),
        customer.preferredLanguage(),
        customer.tags(),
        customer.owner(),
        customer.branch(),
        customer.createdAt(),
        customer.updatedAt());
  }

  /** A person with only the required fields: no dates, ids, contact points, tags or owner. */
  public Customer aMinimalPerson() {
    return Customer.builder(customerId(), new Person("Sam Lee", null, null), now()).build();
  }

  /** An organisation with every field set. */
  public Customer anOrganisation() {
    Organisation organisation =
        new Organisation(
            "Hartley & Sons (Holdings) Ltd",
            LocalDate.of(1899, 12, 31),
            new GovernmentId(GovernmentId.Kind.COMPANY_REGISTRATION, "gb", " 01234567 "));
    return Customer.builder(customerId(), organisation, now())
        .displayName("Hartley & Sons")
        .status(CustomerStatus.DORMANT)
        .contactPoints(
            List.of(
                postal(
                    new PostalAddress(
                        List.of("Registered Office", "1 Canada Square", "Canary Wharf", "Floor 42"),
                        "London",
                        null,
                        "E14 5AB",
                        "GB"),
                    ContactPurpose.REGISTERED_OFFICE,
                    true),
                email("accounts@hartley-sons.example.com", ContactPurpose.CORRESPONDENCE, true),
                phone("0044 (20) 7946-0018", true),
                phone("+1 212 555 0100", false)))
        .preferredLanguage("fr-CA")
        .tags(Set.of("sme", "sector:manufacturing"))
        .owner(EmployeeId.of("rm-7"))
        .branch(BranchCode.of("CORP"))
        .updatedAt(Instant.parse("2040-02-29T12:00:00.000001Z"))
        .build();
  }

  /** An e-mail contact point with a new id. */
  public EmailContact email(String address, ContactPurpose purpose, boolean primary) {
    return new EmailContact(
        ids.next(ContactPointId::new), EmailAddress.of(address), purpose, primary);
  }

  /** A phone contact point with a new id. */
  public PhoneContact phone(String number, boolean primary) {
    return new PhoneContact(
        ids.next(ContactPointId::new), PhoneNumber.of(number), ContactPurpose.PERSONAL, primary);
  }

  /** A postal contact point with a new id. */
  public PostalContact postal(PostalAddress address, ContactPurpose purpose, boolean primary) {
    return new PostalContact(ids.next(ContactPointId::new), address, purpose, primary);
  }

  /** An open-ended spouse relationship from {@code from} to {@code to}. */
  public Relationship aRelationship(CustomerId from, CustomerId to) {
    return aRelationship(from, to, RelationshipType.SPOUSE);
  }

  /** An open-ended relationship of {@code type} from {@code from} to {@code to}. */
  public Relationship aRelationship(CustomerId from, CustomerId to, RelationshipType type) {
    return new Relationship(
        ids.next(RelationshipId::new), 1, from, to, type, LocalDate.of(2020, 2, 29), null);
  }

  /** A membership flagged as the customer's primary household. */
  public static HouseholdMember primaryMember(CustomerId customer) {
    return new HouseholdMember(customer, HouseholdRole.HEAD, true);
  }

  /** A membership not flagged primary. */
  public static HouseholdMember secondaryMember(CustomerId customer) {
    return new HouseholdMember(customer, HouseholdRole.OTHER, false);
  }

  /** A household of {@code members}; the first member is the primary member. */
  public Household aHousehold(HouseholdMember... members) {
    return new Household(
        ids.next(HouseholdId::new),
        1,
        "The Hartley household",
        List.of(members),
        members[0].customer());
  }

  /** An open current account in EUR held by {@code customer}, with its own account reference. */
  public Holding aHolding(CustomerId customer) {
    return aHolding(customer, Money.of("1520.75", "EUR"), AccountReference.of("ACC-" + serial()));
  }

  /** A holding of {@code customer} with the given balance and account reference. */
  public Holding aHolding(CustomerId customer, Money balance, AccountReference reference) {
    return new Holding(
        ids.next(HoldingId::new),
        1,
        customer,
        ProductType.CURRENT_ACCOUNT,
        "Everyday Current Account",
        reference,
        HoldingRole.OWNER,
        balance,
        LocalDate.of(2019, 3, 1),
        null,
        now());
  }

  /** An event about {@code aggregateId} of this tenant, at the current time. */
  public DomainEvent anEvent(String aggregateId) {
    return anEvent(ids.next(EventId::new), now(), aggregateId);
  }

  /** An event of this tenant with the given id and time. */
  public DomainEvent anEvent(EventId id, Instant at, String aggregateId) {
    return new DomainEvent(
        id,
        tenant,
        "customer.status-changed",
        "customer",
        aggregateId,
        2,
        at,
        Actor.user("emp-17"),
        Map.of("from", "PROSPECT", "to", "ACTIVE"));
  }

  /** An audit draft recording a status change of the customer {@code recordId}. */
  public static AuditDraft aDraft(String recordId) {
    return new AuditDraft(
        "customer",
        recordId,
        "customer.status-changed",
        List.of(new FieldChange("status", "PROSPECT", "ACTIVE")),
        null);
  }

  /** Entries for {@code drafts} that continue the chain after {@code head}, one second apart. */
  public List<AuditEntry> chain(AuditHead head, List<AuditDraft> drafts) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditHead current = head;
    for (AuditDraft draft : drafts) {
      AuditEntry entry = AuditChain.append(tenant, current, later(), Actor.user("emp-17"), draft);
      entries.add(entry);
      current = new AuditHead(entry.sequence(), entry.hash());
    }
    return entries;
  }
}
