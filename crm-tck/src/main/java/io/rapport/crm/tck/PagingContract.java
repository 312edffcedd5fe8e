package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Cursor;
import io.rapport.crm.common.InvalidValueException;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.SearchOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of keyset paging in {@link io.rapport.crm.spi.CustomerRepository#search}: pages follow
 * the query order without repeating or skipping a row, also while rows are inserted between page
 * fetches; the limit is honoured; the last page has no cursor; a cursor the adapter did not make is
 * refused with {@link InvalidValueException}.
 */
public abstract class PagingContract {
  private static final List<String> NAMES =
      List.of("Ólafur", "olaf", "Olaf", "Zed", "Émile", "amy", "Amy", "\uD83C\uDFE6 Bank", "bo");

  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected PagingContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Test
  @DisplayName("search: pages walk every row once, in query order, ties on the name included")
  void search_pagedThroughAll_returnsEveryRowOnceInOrder() {
    // given
    List<Customer> customers = customers(23, "");
    insert(customers);

    // when
    List<Customer> walked = walk(CustomerQuery.all(), 5);

    // then
    assertThat(walked).containsExactlyElementsOf(sorted(customers));
  }

  @Test
  @DisplayName("search: pages honour the limit and only the last, shorter page has no cursor")
  void search_limit_isHonouredOnEveryPage() {
    // given
    insert(customers(7, ""));

    // when
    Page<Customer> first = page(CustomerQuery.all(), PageRequest.first(3));
    Page<Customer> second = page(CustomerQuery.all(), PageRequest.after(first.next(), 3));
    Page<Customer> third = page(CustomerQuery.all(), PageRequest.after(second.next(), 3));

    // then
    assertThat(first.items()).hasSize(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.items()).hasSize(3);
    assertThat(second.hasNext()).isTrue();
    assertThat(third.items()).hasSize(1);
    assertThat(third.hasNext()).isFalse();
  }

  @Test
  @DisplayName("search: pages of one row walk every row once")
  void search_limitOne_walksEveryRowOnce() {
    // given
    List<Customer> customers = customers(6, "");
    insert(customers);

    // when
    List<Customer> walked = walk(CustomerQuery.all(), 1);

    // then
    assertThat(walked).containsExactlyElementsOf(sorted(customers));
  }

  @Test
  @DisplayName("search: a filtered query pages through its matches only")
  void search_filteredQuery_pagesThroughMatchesOnly() {
    // given
    List<Customer> tagged = new ArrayList<>();
    for (Customer customer : customers(12, "")) {
      tagged.add(customer.toBuilder().tags(Set.of("vip")).build());
    }
    insert(tagged);
    insert(customers(12, ""));

    // when
    List<Customer> walked = walk(CustomerQuery.all().withTag("vip"), 4);

    // then
    assertThat(walked).containsExactlyElementsOf(sorted(tagged));
  }

  @Test
  @DisplayName("search: rows inserted between pages never make a row repeat or be skipped")
  void search_rowsInsertedBetweenPages_neitherRepeatNorSkip() {
    // given
    List<Customer> original = customers(20, "");
    insert(original);
    List<Customer> walked = new ArrayList<>();
    PageRequest request = PageRequest.first(4);
    int round = 0;

    // when
    while (true) {
      Page<Customer> page = page(CustomerQuery.all(), request);
      walked.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      round++;
      Customer last = page.items().get(page.items().size() - 1);
      insert(customers(3, " " + round));
      insert(
          List.of(
              sameNameAs(last, String.format(Locale.ROOT, "00000000-0000-7000-8000-%012d", round)),
              sameNameAs(
                  last, String.format(Locale.ROOT, "ffffffff-ffff-7fff-bfff-%012d", round))));
      request = PageRequest.after(page.next(), 4);
    }

    // then
    assertThat(walked).doesNotHaveDuplicates();
    assertThat(walked).isSortedAccordingTo(SearchOrder.CUSTOMERS);
    assertThat(walked).containsAll(original);
  }

  @Test
  @DisplayName("search: a token that is not a cursor throws InvalidValueException")
  void search_garbageCursor_throwsInvalidValue() {
    // given
    insert(customers(3, ""));

    // when / then
    assertRefused(new Cursor("not a cursor!"));
    assertRefused(new Cursor("%%%%"));
  }

  @Test
  @DisplayName("search: a cursor with the wrong number of keys throws InvalidValueException")
  void search_cursorWithWrongKeyCount_throwsInvalidValue() {
    // given
    insert(customers(3, ""));
    String id = given.customerId().toString();

    // when / then
    assertRefused(Cursor.of(List.of("olaf")));
    assertRefused(Cursor.of(List.of("olaf", id, "extra")));
  }

  @Test
  @DisplayName("search: a cursor whose id is not a UUID throws InvalidValueException")
  void search_cursorWithMalformedId_throwsInvalidValue() {
    // given
    insert(customers(3, ""));

    // when / then
    assertRefused(Cursor.of(List.of("olaf", "not-a-uuid")));
    assertRefused(Cursor.of(List.of("olaf", "'; DROP TABLE customers;--")));
  }

  private void assertRefused(Cursor cursor) {
    assertThatThrownBy(() -> page(CustomerQuery.all(), PageRequest.after(cursor, 10)))
        .isInstanceOf(InvalidValueException.class);
  }

  /** {@code count} customers cycling through names that tie once lower-cased. */
  private List<Customer> customers(int count, String suffix) {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CustomerId id = given.customerId();
      customers.add(
          Customer.builder(id, new Person("Legal", null, null), given.now())
              .displayName(NAMES.get(i % NAMES.size()) + suffix)
              .build());
    }
    return customers;
  }

  private Customer sameNameAs(Customer customer, String id) {
    return Customer.builder(CustomerId.of(id), new Person("Legal", null, null), given.now())
        .displayName(customer.displayName())
        .build();
  }

  private static List<Customer> sorted(List<Customer> customers) {
    return customers.stream().sorted(SearchOrder.CUSTOMERS).collect(Collectors.toList());
  }

  private void insert(List<Customer> customers) {
    storage().inTransactionDo(tx -> tx.customers().insertAll(tenant, customers));
  }

  private Page<Customer> page(CustomerQuery query, PageRequest request) {
    return storage().inTransaction(tx -> tx.customers().search(tenant, query, request));
  }

  private List<Customer> walk(CustomerQuery query, int limit) {
    List<Customer> walked = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    for (int pages = 0; pages < 10_000; pages++) {
      Page<Customer> page = page(query, request);
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      walked.addAll(page.items());
      if (!page.hasNext()) {
        return walked;
      }
      request = PageRequest.after(page.next(), limit);
    }
    throw new AssertionError("paging did not end after 10,000 pages");
  }
}
