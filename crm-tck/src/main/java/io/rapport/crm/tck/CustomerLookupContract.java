package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerRepository}'s lookups: {@code find}, {@code get}
 * and {@code findAll} by id (ordered by id text, unknown ids skipped); {@code findByEmail} matches
 * the normalised (lower-cased) address of any e-mail contact point, {@code findByPhone} the E.164
 * number of any phone contact point, both ordered by id and kept in step with updates; {@code
 * count} counts the tenant's customers.
 */
public abstract class CustomerLookupContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected CustomerLookupContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("find: an unknown id gives an empty result")
  void find_unknownId_isEmpty() {
    // given
    insert(given.aPerson());

    // when
    Optional<Customer> found = find(given.customerId());

    // then
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("get: returns the stored customer; an unknown id throws CustomerNotFoundException")
  void get_knownAndUnknownIds_returnOrThrow() {
    // given
    Customer stored = given.aPerson();
    insert(stored);
    CustomerId unknown = given.customerId();

    // when
    Customer got = storage().inTransaction(tx -> tx.customers().get(tenant, stored.id()));

    // then
    assertThat(got).isEqualTo(stored);
    assertThatThrownBy(() -> storage().inTransaction(tx -> tx.customers().get(tenant, unknown)))
        .isInstanceOf(CustomerNotFoundException.class);
  }

  @Test
  @DisplayName("findAll: returns the existing customers ordered by id text, skipping unknown ids")
  void findAll_knownAndUnknownIds_returnsKnownOrderedById() {
    // given
    List<CustomerId> ordered = Ids.customerIdsInTextOrder();
    List<Customer> customers = new ArrayList<>();
    for (CustomerId id : ordered) {
      customers.add(
          Customer.builder(id, new Person("Holder " + id, null, null), given.now()).build());
    }
    insert(customers.get(4), customers.get(0), customers.get(3), customers.get(1));
    List<CustomerId> asked =
        List.of(ordered.get(3), ordered.get(2), ordered.get(4), ordered.get(0));

    // when
    List<Customer> found = storage().inTransaction(tx -> tx.customers().findAll(tenant, asked));

    // then
    assertThat(found).containsExactly(customers.get(0), customers.get(3), customers.get(4));
  }

  @Test
  @DisplayName("findAll: no ids give an empty list")
  void findAll_noIds_isEmpty() {
    // given
    insert(given.aPerson());

    // when
    List<Customer> found = storage().inTransaction(tx -> tx.customers().findAll(tenant, List.of()));

    // then
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("findByEmail: matches the address whatever the case of either side")
  void findByEmail_differentCase_findsCustomer() {
    // given
    Customer customer = withEmail(given.customerId(), "Jane.O'Doe+Savings@Example.COM");
    insert(customer);

    // when
    List<Customer> found = findByEmail("jane.o'doe+savings@EXAMPLE.com");

    // then
    assertThat(found).containsExactly(customer);
  }

  @Test
  @DisplayName("findByEmail: lower-cases non-ASCII letters too (Locale.ROOT)")
  void findByEmail_nonAsciiDifferentCase_findsCustomer() {
    // given
    Customer customer = withEmail(given.customerId(), "JÖRG.ÆSIR@BÜCHER.example.DE");
    insert(customer);

    // when
    List<Customer> found = findByEmail("jörg.æsir@bücher.example.de");

    // then
    assertThat(found).containsExactly(customer);
  }

  @Test
  @DisplayName("findByEmail: matches any e-mail contact point, not only the primary one")
  void findByEmail_secondaryAddress_findsCustomer() {
    // given
    Customer customer = given.aPerson();
    insert(customer, given.aPerson());
    EmailAddress workAddress =
        customer.contactPoints().stream()
            .filter(p -> p.purpose() == ContactPurpose.WORK)
            .map(p -> ((EmailContact) p).email())
            .findFirst()
            .orElseThrow();

    // when
    List<Customer> found = findByEmail(workAddress.value());

    // then
    assertThat(found).containsExactly(customer);
  }

  @Test
  @DisplayName("findByEmail: a shared address returns every holder, ordered by id text")
  void findByEmail_sharedAddress_returnsAllOrderedById() {
    // given
    List<CustomerId> ids = Ids.customerIdsInTextOrder();
    List<Customer> holders = new ArrayList<>();
    for (CustomerId id : ids) {
      holders.add(withEmail(id, "family@example.com"));
    }
    insert(holders.get(3), holders.get(1), holders.get(4), holders.get(0), holders.get(2));
    insert(withEmail(given.customerId(), "someone.else@example.com"));

    // when
    List<Customer> found = findByEmail("FAMILY@example.com");

    // then
    assertThat(found).containsExactlyElementsOf(holders);
  }

  @Test
  @DisplayName("findByEmail: an address nobody has gives an empty list")
  void findByEmail_unknownAddress_isEmpty() {
    // given
    insert(given.aPerson());

    // when
    List<Customer> found = findByEmail("nobody@example.com");

    // then
    assertThat(found).isEmpty();
  }

  @Test
  @DisplayName("findByEmail: follows updates; a removed address is no longer found")
  void findByEmail_afterAddressReplaced_findsOnlyNewAddress() {
    // given
    Customer customer = withEmail(given.customerId(), "old@example.com");
    insert(customer);
    Customer changed =
        customer.toBuilder()
            .contactPoints(List.of(given.email("new@example.com", ContactPurpose.PERSONAL, true)))
            .build();

    // when
    Customer updated = storage().inTransaction(tx -> tx.customers().update(tenant, changed));

    // then
    assertThat(findByEmail("old@example.com")).isEmpty();
    assertThat(findByEmail("NEW@example.com")).containsExactly(updated);
  }

  @Test
  @DisplayName("findByPhone: matches the E.164 number however it was written")
  void findByPhone_differentlyFormatted_findsCustomer() {
    // given
    Customer customer = given.anOrganisation();
    insert(customer, given.aPerson());

    // when
    List<Customer> byE164 = findByPhone("+442079460018");
    List<Customer> byNational = findByPhone("0044 20 7946 0018");
    List<Customer> bySecondNumber = findByPhone("+1 (212) 555-0100");

    // then
    assertThat(byE164).containsExactly(customer);
    assertThat(byNational).containsExactly(customer);
    assertThat(bySecondNumber).containsExactly(customer);
  }

  @Test
  @DisplayName("findByPhone: a shared number returns every holder, ordered by id text")
  void findByPhone_sharedNumber_returnsAllOrderedById() {
    // given
    List<Customer> holders = new ArrayList<>();
    for (CustomerId id : Ids.customerIdsInTextOrder()) {
      holders.add(
          Customer.builder(id, new Person("Holder", null, null), given.now())
              .contactPoints(List.of(given.phone("+33 1 23 45 67 89", true)))
              .build());
    }
    insert(holders.get(4), holders.get(2), holders.get(0), holders.get(3), holders.get(1));

    // when
    List<Customer> found = findByPhone("+33123456789");

    // then
    assertThat(found).containsExactlyElementsOf(holders);
  }

  @Test
  @DisplayName("findByPhone: follows updates; a removed number is no longer found")
  void findByPhone_afterNumberRemoved_isEmpty() {
    // given
    Customer customer = given.anOrganisation();
    insert(customer);
    Customer changed = customer.toBuilder().contactPoints(List.of()).build();

    // when
    storage().inTransaction(tx -> tx.customers().update(tenant, changed));

    // then
    assertThat(findByPhone("+442079460018")).isEmpty();
  }

  @Test
  @DisplayName("count: zero for a tenant without customers, then the number inserted")
  void count_afterInserts_isNumberInserted() {
    // given
    long before = count();

    // when
    insert(given.aPerson(), given.anOrganisation(), given.aMinimalPerson());

    // then
    assertThat(before).isZero();
    assertThat(count()).isEqualTo(3);
  }

  private Customer withEmail(CustomerId id, String address) {
    return Customer.builder(id, new Person("Mail Holder", null, null), given.now())
        .contactPoints(List.of(given.email(address, ContactPurpose.PERSONAL, true)))
        .build();
  }

  private void insert(Customer... customers) {
    storage()
        .inTransactionDo(
            tx -> {
              for (Customer customer : customers) {
                tx.customers().insert(tenant, customer);
              }
            });
  }

  private List<Customer> findByEmail(String address) {
    return storage()
        .inTransaction(tx -> tx.customers().findByEmail(tenant, EmailAddress.of(address)));
  }

  private List<Customer> findByPhone(String number) {
    return storage()
        .inTransaction(tx -> tx.customers().findByPhone(tenant, PhoneNumber.of(number)));
  }

  private long count() {
    return storage().<Long>inTransaction(tx -> tx.customers().count(tenant));
  }

  private Optional<Customer> find(CustomerId id) {
    return storage().inTransaction(tx -> tx.customers().find(tenant, id));
  }
}
