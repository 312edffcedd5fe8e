package io.rapport.crm.sdk;

import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.ContactPointId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.party.RelationshipType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives the customer changes and look-ups of {@link Customers}, {@link Relationships#unlink}, the
 * member changes of {@link Households} and {@link Holdings#refresh} with bad ids, versions, contact
 * points and search texts, and with another tenant's records.
 */
class HostilePartiesPropertiesTest extends HostileFixture {
  private static final CustomerId UNKNOWN = new CustomerId(new UUID(7, 7));

  private Customer ada;
  private Customer grace;
  private Customer foreign;
  private Relationship marriage;
  private Household household;
  private Household foreignHousehold;

  @BeforeProperty
  void storedTargets() {
    ada = crm.customers().register(caller, ada().build());
    grace = register("Grace Hopper");
    foreign = crm.customers().register(stranger, RegisterCustomer.person(NAME).build());
    marriage =
        crm.relationships()
            .link(caller, new LinkCustomers(ada.id(), grace.id(), RelationshipType.SPOUSE, null));
    household = household(caller, ada);
    foreignHousehold = household(stranger, foreign);
  }

  private Household household(Caller who, Customer head) {
    return crm.households()
        .create(
            who,
            new CreateHousehold(
                "The Household",
                null,
                List.of(new HouseholdMember(head.id(), HouseholdRole.HEAD, true))));
  }

  @Property(tries = 100)
  void anyPartyCall_hostileArguments_refusedCleanly(@ForAll("calls") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Property(tries = 100)
  void anyListedPartyCall_refusedCleanly(@ForAll("listed") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Override
  Object stored() {
    return List.of(
        super.stored(),
        crm.customers().get(caller, ada.id()),
        crm.customers().get(stranger, foreign.id()),
        crm.relationships().of(caller, ada.id()),
        crm.households().get(caller, household.id()),
        crm.holdings().of(caller, ada.id()));
  }

  @Provide
  Arbitrary<Hostile> listed() {
    return Arbitraries.of(listedCalls());
  }

  /** The fixed hostile calls; few enough that every one runs on each build. */
  private List<Hostile> listedCalls() {
    return List.of(
        invalid(
            "changeStatus",
            Set.of("id"),
            () -> crm.customers().changeStatus(caller, null, 1, CustomerStatus.DORMANT)),
        invalid(
            "changeStatus",
            Set.of("status"),
            () -> crm.customers().changeStatus(caller, ada.id(), 1, null)),
        invalid(
            "changeStatus",
            Set.of("caller"),
            () -> crm.customers().changeStatus(null, ada.id(), 1, CustomerStatus.DORMANT)),
        refused(
            "changeStatus(unknown)",
            () -> crm.customers().changeStatus(caller, UNKNOWN, 1, CustomerStatus.DORMANT)),
        refused(
            "changeStatus(foreign)",
            () -> crm.customers().changeStatus(caller, foreign.id(), 1, CustomerStatus.DORMANT)),
        refused(
            "changeStatus(stale)",
            () -> crm.customers().changeStatus(caller, ada.id(), 9, CustomerStatus.DORMANT)),
        invalid(
            "addContactPoint(null)",
            Set.of("command"),
            () -> crm.customers().addContactPoint(caller, ada.id(), 1, null)),
        refused(
            "addContactPoint(foreign)",
            () ->
                crm.customers()
                    .addContactPoint(
                        caller,
                        foreign.id(),
                        1,
                        NewContactPoint.email("new@example.com", ContactPurpose.WORK))),
        invalid(
            "removeContactPoint",
            Set.of("contactPointId"),
            () -> crm.customers().removeContactPoint(caller, ada.id(), 1, null)),
        refused(
            "removeContactPoint(unknown)",
            () ->
                crm.customers()
                    .removeContactPoint(caller, ada.id(), 1, new ContactPointId(new UUID(7, 7)))),
        refused(
            "removeContactPoint(foreign)",
            () ->
                crm.customers()
                    .removeContactPoint(
                        caller,
                        foreign.id(),
                        1,
                        foreign.contactPoints().isEmpty()
                            ? new ContactPointId(new UUID(7, 8))
                            : foreign.contactPoints().get(0).id())),
        invalid("findByEmail", Set.of("email"), () -> crm.customers().findByEmail(caller, null)),
        invalid("findByPhone", Set.of("phone"), () -> crm.customers().findByPhone(caller, null)),
        invalid(
            "search",
            Set.of("query"),
            () -> crm.customers().search(caller, null, PageRequest.first(10))),
        invalid(
            "search",
            Set.of("page"),
            () -> crm.customers().search(caller, CustomerQuery.all(), null)),
        invalid("get", Set.of("id"), () -> crm.customers().get(caller, null)),
        refused("get(foreign)", () -> crm.customers().get(caller, foreign.id())),
        invalid("overview", Set.of("id"), () -> crm.customers().overview(caller, null)),
        refused("overview(foreign)", () -> crm.customers().overview(caller, foreign.id())),
        invalid(
            "unlink",
            Set.of("id"),
            () -> crm.relationships().unlink(caller, null, 1, LocalDate.of(2025, 1, 1))),
        invalid(
            "unlink",
            Set.of("lastDay"),
            () -> crm.relationships().unlink(caller, marriage.id(), 1, null)),
        refused(
            "unlink(before it began)",
            () -> crm.relationships().unlink(caller, marriage.id(), 1, LocalDate.of(1000, 1, 1))),
        refused(
            "unlink(stale)",
            () -> crm.relationships().unlink(caller, marriage.id(), 9, LocalDate.of(2025, 1, 1))),
        invalid(
            "addMember",
            Set.of("customer"),
            () ->
                crm.households()
                    .addMember(
                        caller, household.id(), 1, null, HouseholdRole.SPOUSE_OR_PARTNER, false)),
        invalid(
            "addMember",
            Set.of("role"),
            () -> crm.households().addMember(caller, household.id(), 1, grace.id(), null, false)),
        refused(
            "addMember(foreign customer)",
            () ->
                crm.households()
                    .addMember(
                        caller,
                        household.id(),
                        1,
                        foreign.id(),
                        HouseholdRole.SPOUSE_OR_PARTNER,
                        false)),
        refused(
            "addMember(foreign household)",
            () ->
                crm.households()
                    .addMember(
                        caller,
                        foreignHousehold.id(),
                        1,
                        grace.id(),
                        HouseholdRole.SPOUSE_OR_PARTNER,
                        false)),
        refused(
            "addMember(already a member)",
            () ->
                crm.households()
                    .addMember(
                        caller,
                        household.id(),
                        1,
                        ada.id(),
                        HouseholdRole.SPOUSE_OR_PARTNER,
                        false)),
        invalid(
            "removeMember",
            Set.of("id"),
            () -> crm.households().removeMember(caller, null, 1, ada.id())),
        invalid(
            "removeMember",
            Set.of("expectedVersion"),
            () -> crm.households().removeMember(caller, household.id(), 0, ada.id())),
        refused(
            "removeMember(not a member)",
            () -> crm.households().removeMember(caller, household.id(), 1, grace.id())),
        refused(
            "removeMember(foreign)",
            () -> crm.households().removeMember(caller, foreignHousehold.id(), 1, foreign.id())),
        invalid(
            "changePrimaryMember",
            Set.of("customer"),
            () -> crm.households().changePrimaryMember(caller, household.id(), 1, null)),
        refused(
            "changePrimaryMember(not a member)",
            () -> crm.households().changePrimaryMember(caller, household.id(), 1, grace.id())),
        refused(
            "changePrimaryMember(unknown)",
            () -> crm.households().changePrimaryMember(caller, household.id(), 1, UNKNOWN)),
        invalid(
            "refresh", Set.of("customer"), () -> crm.holdings().refresh(caller, null, List.of())),
        invalid(
            "refresh", Set.of("snapshot"), () -> crm.holdings().refresh(caller, ada.id(), null)),
        invalid(
            "refresh",
            Set.of("snapshot[1]"),
            () -> crm.holdings().refresh(caller, ada.id(), Arrays.asList(saver("ACC-1"), null))),
        refused(
            "refresh(foreign customer)",
            () -> crm.holdings().refresh(caller, foreign.id(), List.of(saver("ACC-1")))));
  }

  @Provide
  Arbitrary<Hostile> calls() {
    return Arbitraries.oneOf(
        badVersion()
            .map(
                version ->
                    invalid(
                        "changeStatus",
                        Set.of("expectedVersion"),
                        () ->
                            crm.customers()
                                .changeStatus(caller, ada.id(), version, CustomerStatus.DORMANT))),
        badVersion()
            .map(
                version ->
                    invalid(
                        "unlink",
                        Set.of("expectedVersion"),
                        () ->
                            crm.relationships()
                                .unlink(caller, marriage.id(), version, LocalDate.of(2025, 1, 1)))),
        badVersion()
            .map(
                version ->
                    invalid(
                        "addMember",
                        Set.of("expectedVersion"),
                        () ->
                            crm.households()
                                .addMember(
                                    caller,
                                    household.id(),
                                    version,
                                    grace.id(),
                                    HouseholdRole.SPOUSE_OR_PARTNER,
                                    false))),
        Arbitraries.of(
                "hostile@@example",
                "no-at-sign",
                "a@b",
                "x".repeat(300) + "@example.com",
                "ada@exa\u0000mple.com")
            .map(
                email ->
                    invalid(
                        "addContactPoint",
                        Set.of("email"),
                        () ->
                            crm.customers()
                                .addContactPoint(
                                    caller,
                                    ada.id(),
                                    ada.version(),
                                    NewContactPoint.email(email, ContactPurpose.WORK)),
                        email)),
        Arbitraries.of(
                "+99 hostile", "12", "+44 20 7946 0018 ext. 99999999999", "\u0000\u0000\u0000")
            .map(
                phone ->
                    invalid(
                        "addContactPoint",
                        Set.of("phone"),
                        () ->
                            crm.customers()
                                .addContactPoint(
                                    caller,
                                    ada.id(),
                                    ada.version(),
                                    NewContactPoint.phone(phone, ContactPurpose.WORK)),
                        phone)),
        oversized(320)
            .map(
                email ->
                    query("findByEmail", () -> crm.customers().findByEmail(caller, email), email)),
        Arbitraries.of("hostile@@example", "not-an-email", "%' OR 1=1 --")
            .map(
                email ->
                    invalid(
                        "findByEmail",
                        Set.of("email"),
                        () -> crm.customers().findByEmail(caller, email),
                        email)),
        Arbitraries.of("+99 hostile", "phone!", "%' OR 1=1 --")
            .map(
                phone ->
                    invalid(
                        "findByPhone",
                        Set.of("phone"),
                        () -> crm.customers().findByPhone(caller, phone),
                        phone)),
        oversized(500)
            .map(
                prefix ->
                    query(
                        "search",
                        () ->
                            crm.customers()
                                .search(
                                    caller,
                                    CustomerQuery.nameStartsWith(prefix),
                                    PageRequest.first(10)),
                        prefix)),
        Arbitraries.of("#hostile-ref", "GB28NWBK60161331926819", " ", "R".repeat(200))
            .map(
                reference ->
                    invalid(
                        "refresh",
                        Set.of("snapshot[0].accountReference"),
                        () -> crm.holdings().refresh(caller, ada.id(), List.of(saver(reference))),
                        reference)));
  }

  private RecordHolding saver(String reference) {
    return RecordHolding.of(ada.id(), ProductType.SAVINGS, "Saver")
        .account(reference)
        .balance("10.00", "EUR")
        .openedOn(LocalDate.of(2020, 1, 1))
        .build();
  }
}
