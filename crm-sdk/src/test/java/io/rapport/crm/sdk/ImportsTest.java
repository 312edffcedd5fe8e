package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.AuditHead;
import io.rapport.crm.compliance.ChainVerification;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.HoldingId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdId;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipId;
import io.rapport.crm.party.RelationshipType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportsTest extends SdkFixture {
  private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
  private final IdSource sampleIds =
      IdSource.seededUuidV7(TickingClock.startingAt("2024-01-01T00:00:00Z"), 99);

  private Customer person(int number) {
    CustomerId id = sampleIds.next(CustomerId::new);
    return Customer.builder(id, new Person("Person " + number, null, null), CREATED)
        .contactPoints(
            List.of(
                new EmailContact(
                    sampleIds.next(ContactPointId::new),
                    EmailAddress.of("person" + number + "@example.com"),
                    ContactPurpose.PERSONAL,
                    true)))
        .build();
  }

  private List<Customer> people(int count) {
    List<Customer> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      people.add(person(i));
    }
    return people;
  }

  private Household household(String name, Customer head, Customer... others) {
    List<HouseholdMember> members = new ArrayList<>();
    members.add(new HouseholdMember(head.id(), HouseholdRole.HEAD, true));
    for (Customer other : others) {
      members.add(new HouseholdMember(other.id(), HouseholdRole.OTHER, true));
    }
    return new Household(sampleIds.next(HouseholdId::new), 1, name, members, head.id());
  }

  @Test
  void customers_thousand_storesInOneUnitWithOneAuditAppendAndVerifiableChain() {
    // given
    List<Customer> customers = people(1000);
    storage.reset();

    // when
    ImportResult result = crm.imports().customers(caller, customers);

    // then
    assertThat(result).isEqualTo(new ImportResult("customer", 1000));
    assertThat(storage.units()).isEqualTo(1);
    assertThat(storage.count("customers.insertAll")).isEqualTo(1);
    assertThat(storage.count("customers.insert")).isZero();
    assertThat(storage.count("audit.lockHead")).isEqualTo(1);
    assertThat(storage.count("audit.append")).isEqualTo(1);
    assertThat(storage.count("outbox.append")).isEqualTo(1);
    assertThat(customerCount()).isEqualTo(1000);
    assertThat(auditHead().sequence()).isEqualTo(1000);
    assertThat(pendingEvents())
        .hasSize(1000)
        .allMatch(event -> event.type().equals("customer.imported"));
    assertThat(crm.audit().verify(tenant)).isEqualTo(ChainVerification.intact(1000));
    assertFreeOf(auditEntries().get(0).toString(), "person0@example.com", "Person 0");
  }

  @Test
  void customers_duplicateIdInTheMiddle_storesNothing() {
    // given
    List<Customer> customers = new ArrayList<>(people(10));
    customers.add(5, customers.get(2));

    // when
    DuplicateRecordException thrown =
        catchThrowableOfType(
            DuplicateRecordException.class, () -> crm.imports().customers(caller, customers));

    // then
    assertThat(thrown.recordType()).isEqualTo("customer");
    assertThat(customerCount()).isZero();
    assertThat(auditHead()).isEqualTo(AuditHead.EMPTY);
    assertThat(pendingEvents()).isEmpty();
  }

  @Test
  void customers_emptyList_storesNothingAndOpensNoUnit() {
    // given
    storage.reset();

    // when
    ImportResult result = crm.imports().customers(caller, List.of());

    // then
    assertThat(result.imported()).isZero();
    assertThat(storage.units()).isZero();
  }

  @Test
  void customers_nullElement_isValidationErrorAtItsIndex() {
    // given
    List<Customer> customers = new ArrayList<>(people(2));
    customers.add(null);

    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class, () -> crm.imports().customers(caller, customers));

    // then
    assertThat(thrown.violations()).extracting(Violation::path).containsExactly("customers[2]");
  }

  @Test
  void relationships_manyLinks_checkCustomersWithOneRead() {
    // given
    List<Customer> customers = people(20);
    crm.imports().customers(caller, customers);
    List<Relationship> links = new ArrayList<>();
    for (int i = 0; i + 1 < customers.size(); i++) {
      links.add(
          new Relationship(
              sampleIds.next(RelationshipId::new),
              1,
              customers.get(i).id(),
              customers.get(i + 1).id(),
              RelationshipType.PARENT,
              LocalDate.of(2000, 1, 1),
              null));
    }
    storage.reset();

    // when
    ImportResult result = crm.imports().relationships(caller, links);

    // then
    assertThat(result).isEqualTo(new ImportResult("relationship", 19));
    assertThat(storage.count("customers.findAll")).isEqualTo(1);
    assertThat(storage.count("relationships.insertAll")).isEqualTo(1);
    assertThat(storage.count("relationships.insert")).isZero();
    assertThat(storage.units()).isEqualTo(1);
    assertThat(crm.relationships().of(caller, customers.get(5).id())).hasSize(2);
    assertThat(auditHead().sequence()).isEqualTo(20 + 19);
  }

  @Test
  void relationships_missingCustomer_storesNothing() {
    // given
    List<Customer> customers = people(2);
    crm.imports().customers(caller, customers);
    CustomerId missing = new CustomerId(UUID.randomUUID());
    List<Relationship> links =
        List.of(
            new Relationship(
                sampleIds.next(RelationshipId::new),
                1,
                customers.get(0).id(),
                customers.get(1).id(),
                RelationshipType.SPOUSE,
                LocalDate.of(2000, 1, 1),
                null),
            new Relationship(
                sampleIds.next(RelationshipId::new),
                1,
                customers.get(0).id(),
                missing,
                RelationshipType.PARENT,
                LocalDate.of(2000, 1, 1),
                null));
    AuditHead before = auditHead();

    // when
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class, () -> crm.imports().relationships(caller, links));

    // then
    assertThat(thrown.id()).isEqualTo(missing);
    assertThat(crm.relationships().of(caller, customers.get(0).id())).isEmpty();
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void relationships_directorOfPerson_isRefused() {
    // given
    List<Customer> customers = people(2);
    crm.imports().customers(caller, customers);
    Relationship director =
        new Relationship(
            sampleIds.next(RelationshipId::new),
            1,
            customers.get(0).id(),
            customers.get(1).id(),
            RelationshipType.DIRECTOR,
            LocalDate.of(2000, 1, 1),
            null);

    // when / then
    RelationshipRuleException thrown =
        catchThrowableOfType(
            RelationshipRuleException.class,
            () -> crm.imports().relationships(caller, List.of(director)));
    assertThat(thrown.type()).isEqualTo(RelationshipType.DIRECTOR);
  }

  @Test
  void households_thirdBreaksPrimaryRule_rollsBackTheFirstTwoWithAuditAndEvents() {
    // given
    List<Customer> customers = people(5);
    crm.imports().customers(caller, customers);
    AuditHead before = auditHead();
    int pendingBefore = pendingEvents().size();
    collectEvents();
    List<Household> households =
        List.of(
            household("First", customers.get(0), customers.get(1)),
            household("Second", customers.get(2)),
            household("Third", customers.get(3), customers.get(1)));

    // when
    HouseholdMembershipException thrown =
        catchThrowableOfType(
            HouseholdMembershipException.class, () -> crm.imports().households(caller, households));

    // then
    assertThat(thrown.customerId()).isEqualTo(customers.get(1).id());
    for (Customer customer : customers) {
      assertThat(crm.households().of(caller, customer.id())).isEmpty();
    }
    assertThat(auditHead()).isEqualTo(before);
    assertThat(pendingEvents()).hasSize(pendingBefore);
    assertThat(received).isEmpty();
  }

  @Test
  void households_several_storedWithOneInsertAllCall() {
    // given
    List<Customer> customers = people(6);
    crm.imports().customers(caller, customers);
    List<Household> households =
        List.of(
            household("First", customers.get(0), customers.get(1)),
            household("Second", customers.get(2), customers.get(3)),
            household("Third", customers.get(4), customers.get(5)));
    storage.reset();

    // when
    ImportResult result = crm.imports().households(caller, households);

    // then
    assertThat(result).isEqualTo(new ImportResult("household", 3));
    assertThat(storage.units()).isEqualTo(1);
    assertThat(storage.count("households.insertAll")).isEqualTo(1);
    assertThat(storage.count("households.insert")).isZero();
    assertThat(crm.households().of(caller, customers.get(3).id()))
        .containsExactly(households.get(1));
    assertThat(auditHead().sequence()).isEqualTo(6 + 3);
  }

  @Test
  void households_andHoldings_areStoredWithOneEntryAndEventEach() {
    // given
    List<Customer> customers = people(3);
    Customer company =
        Customer.builder(
                sampleIds.next(CustomerId::new),
                new Organisation("Engines Ltd", null, null),
                CREATED)
            .build();
    List<Customer> all = new ArrayList<>(customers);
    all.add(company);
    crm.imports().customers(caller, all);
    collectEvents();
    Holding holding =
        new Holding(
            sampleIds.next(HoldingId::new),
            1,
            customers.get(0).id(),
            ProductType.CREDIT_CARD,
            "Platinum",
            AccountReference.card("4111111111111111"),
            HoldingRole.OWNER,
            Money.of("0.00", "EUR"),
            LocalDate.of(2020, 1, 1),
            null,
            CREATED);

    // when
    ImportResult households =
        crm.imports()
            .households(caller, List.of(household("King", customers.get(0), customers.get(1))));
    ImportResult holdings = crm.imports().holdings(caller, List.of(holding));

    // then
    assertThat(households).isEqualTo(new ImportResult("household", 1));
    assertThat(holdings).isEqualTo(new ImportResult("holding", 1));
    assertThat(crm.holdings().of(caller, customers.get(0).id())).containsExactly(holding);
    assertThat(received)
        .extracting(DomainEvent::type)
        .containsExactly("household.imported", "holding.imported");
    assertThat(crm.audit().history(caller, "holding", holding.id().toString()))
        .extracting(AuditEntry::action)
        .containsExactly("holding.imported");
  }

  @Test
  void holdings_unknownHolder_storesNothing() {
    // given
    Holding orphan =
        new Holding(
            sampleIds.next(HoldingId::new),
            1,
            new CustomerId(UUID.randomUUID()),
            ProductType.SAVINGS,
            "Saver",
            AccountReference.of("ACC-1"),
            HoldingRole.OWNER,
            Money.of("1.00", "EUR"),
            LocalDate.of(2020, 1, 1),
            null,
            CREATED);

    // when / then
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class, () -> crm.imports().holdings(caller, List.of(orphan)));
    assertThat(thrown.id()).isEqualTo(orphan.customer());
    assertThat(auditHead()).isEqualTo(AuditHead.EMPTY);
  }
}
