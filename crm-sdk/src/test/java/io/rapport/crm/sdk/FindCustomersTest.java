package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.party.RelationshipType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindCustomersTest extends SdkFixture {

  @Test
  void findByEmail_differentCaseAndBlanks_findsCustomer() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    register("Charles Babbage");

    // when
    List<Customer> found = crm.customers().findByEmail(caller, "  ADA@Example.com ");

    // then
    assertThat(found).extracting(Customer::id).containsExactly(ada.id());
  }

  @Test
  void findByPhone_nationalDialPrefixAndBlanks_findsCustomer() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());

    // when
    List<Customer> found = crm.customers().findByPhone(caller, "0044 20 7946 0018");

    // then
    assertThat(found).extracting(Customer::id).containsExactly(ada.id());
  }

  @Test
  void findByEmail_notAnAddress_isValidationErrorWithoutTheValue() {
    // when
    CommandValidationException thrown =
        catchThrowableOfType(
            CommandValidationException.class,
            () -> crm.customers().findByEmail(caller, "ada.lovelace-example.com"));

    // then
    assertThat(thrown.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("email", Violation.INVALID_VALUE));
    assertFreeOf(thrown.getMessage(), "ada.lovelace-example.com");
  }

  @Test
  void findByEmail_otherTenant_findsNothing() {
    // given
    crm.customers().register(caller, ada().build());
    Caller other = Caller.of(TenantId.of("t-other"), caller.actor());

    // when
    List<Customer> found = crm.customers().findByEmail(other, EMAIL);

    // then
    assertThat(found).isEmpty();
  }

  @Test
  void search_morePagesThanLimit_returnsEveryMatchOnceInNameOrder() {
    // given
    for (String name : List.of("Emmy Noether", "Alan Turing", "Grace Hopper", "Ada Byron")) {
      register(name);
    }
    crm.customers().register(caller, RegisterCustomer.person("Anita Borg").tag("vip").build());

    // when
    List<String> names = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (true) {
      Page<Customer> page = crm.customers().search(caller, CustomerQuery.all(), request);
      page.items().forEach(customer -> names.add(customer.displayName()));
      pageSizes.add(page.items().size());
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page.next());
    }

    // then
    assertThat(names)
        .containsExactly("Ada Byron", "Alan Turing", "Anita Borg", "Emmy Noether", "Grace Hopper");
    assertThat(pageSizes).startsWith(2, 2).hasSizeBetween(3, 4);
  }

  @Test
  void search_namePrefixAndTag_filters() {
    // given
    register("Alan Turing");
    crm.customers().register(caller, RegisterCustomer.person("Anita Borg").tag("vip").build());

    // when
    Page<Customer> byPrefix =
        crm.customers().search(caller, CustomerQuery.nameStartsWith("al"), PageRequest.first(10));
    Page<Customer> byTag =
        crm.customers().search(caller, CustomerQuery.all().withTag("VIP"), PageRequest.first(10));

    // then
    assertThat(byPrefix.items()).extracting(Customer::displayName).containsExactly("Alan Turing");
    assertThat(byTag.items()).extracting(Customer::displayName).containsExactly("Anita Borg");
  }

  @Test
  void overview_customerWithEverything_readsItInOneUnitWithFourCalls() {
    // given
    Customer ada = crm.customers().register(caller, ada().build());
    Customer byron = register("William King");
    crm.relationships()
        .link(caller, LinkCustomers.of(ada.id(), byron.id(), RelationshipType.SPOUSE));
    crm.households()
        .create(
            caller,
            CreateHousehold.named("King household")
                .member(ada.id(), HouseholdRole.HEAD, true)
                .member(byron.id(), HouseholdRole.SPOUSE_OR_PARTNER, true)
                .build());
    crm.holdings()
        .record(
            caller,
            RecordHolding.of(ada.id(), ProductType.SAVINGS, "Everyday Saver")
                .account("GB29NWBK60161331926819")
                .balance("1200.00", "GBP")
                .openedOn(BIRTH.plusYears(200))
                .build());
    storage.reset();

    // when
    CustomerOverview overview = crm.customers().overview(caller, ada.id());

    // then
    assertThat(overview.customer()).isEqualTo(ada);
    assertThat(overview.relationships()).hasSize(1);
    assertThat(overview.households()).hasSize(1);
    assertThat(overview.holdings()).hasSize(1);
    assertThat(storage.units()).isEqualTo(1);
    assertThat(storage.calls())
        .containsExactly(
            "customers.get",
            "relationships.forCustomer",
            "households.forMember",
            "holdings.forCustomer");
  }

  @Test
  void overview_unknownCustomer_throwsNotFound() {
    // given
    CustomerId unknown = new CustomerId(UUID.randomUUID());

    // when
    CustomerNotFoundException thrown =
        catchThrowableOfType(
            CustomerNotFoundException.class, () -> crm.customers().overview(caller, unknown));

    // then
    assertThat(thrown.id()).isEqualTo(unknown);
  }

  @Test
  void find_unknownCustomer_isEmpty() {
    // when / then
    assertThat(crm.customers().find(caller, new CustomerId(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void register_emailContact_isFoundByEveryOtherSpelling() {
    // given
    crm.customers()
        .register(
            caller,
            RegisterCustomer.person(NAME).email("Ada.L@Example.COM", ContactPurpose.WORK).build());

    // when / then
    assertThat(crm.customers().findByEmail(caller, "ada.l@example.com")).hasSize(1);
  }
}
