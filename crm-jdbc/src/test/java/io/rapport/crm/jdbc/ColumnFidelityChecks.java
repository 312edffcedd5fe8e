package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.Holding;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values come back exactly as written: timestamps whatever the JVM's time zone, text with
 * supplementary characters and at the longest length, money of currencies with 0, 2, 3 or no fixed
 * decimals; and text orders by code point on every database.
 */
abstract class ColumnFidelityChecks {
  private final Samples given = new Samples();
  private final TenantId tenant = given.tenant();

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void databaseConfigured() {
    TestDatabases.shared(dialect());
  }

  private JdbcStorage storage() {
    return TestDatabases.shared(dialect());
  }

  @Test
  void timestamps_writtenAndReadInDifferentJvmTimeZones_roundTripExactlyAsUtc()
      throws SQLException {
    // given: a time with microseconds, on a day when Kiritimati (+14) is on another date
    Instant created = Instant.parse("2024-03-31T01:30:45.654321Z");
    Customer customer =
        Customer.builder(given.customerId(), given.person("Zoned").party(), created).build();

    // when: written at UTC+14, read at UTC-7
    inTimeZone("Pacific/Kiritimati", () -> storeAndReturn(customer));
    Customer read =
        inTimeZone(
            "America/Los_Angeles",
            () -> storage().inTransaction(unit -> unit.customers().get(tenant, customer.id())));

    // then: the same instant, stored as its UTC wall time
    assertThat(read.createdAt()).isEqualTo(created);
    assertThat(storedCreatedAt(customer))
        .isEqualTo(LocalDateTime.of(2024, 3, 31, 1, 30, 45, 654_321_000));
  }

  private Customer storeAndReturn(Customer customer) {
    storage().inTransactionDo(unit -> unit.customers().insert(tenant, customer));
    return customer;
  }

  private static <T> T inTimeZone(String zone, Supplier<T> action) {
    TimeZone previous = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    try {
      return action.get();
    } finally {
      TimeZone.setDefault(previous);
    }
  }

  private LocalDateTime storedCreatedAt(Customer customer) throws SQLException {
    try (Connection connection = TestDatabases.dataSource(dialect()).getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT created_at FROM rapport_customer WHERE tenant_id = ? AND id = ?")) {
      select.setString(1, tenant.value());
      select.setString(2, customer.id().toString());
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getObject(1, LocalDateTime.class);
      }
    }
  }

  @Test
  void names_withEmojiAndTheLongestNameAccepted_roundTrip() {
    // given
    String longest = "Zoë \uD83D\uDE00 ".repeat(40);
    Customer emoji = given.person("\uD83C\uDFE6 Bank of Emoji \uD83D\uDE00 𠜎");
    Customer longName = given.person(longest.substring(0, Customer.MAX_NAME_LENGTH));

    // when
    storage().inTransactionDo(unit -> unit.customers().insertAll(tenant, List.of(emoji, longName)));

    // then
    assertThat(storage().<Customer>inTransaction(unit -> unit.customers().get(tenant, emoji.id())))
        .isEqualTo(emoji);
    assertThat(
            storage().<Customer>inTransaction(unit -> unit.customers().get(tenant, longName.id())))
        .isEqualTo(longName);
  }

  @Test
  void search_namesAcrossTheUnicodePlanes_ordersByCodePoint() {
    // given: in UTF-16 order the emoji (a surrogate pair) would sort before U+FFFD and U+E000
    List<String> inCodePointOrder =
        List.of("a", "z", "\u00e9", "\uE000 private", "\uFFFD replacement", "\uD83D\uDE00 emoji");
    List<String> reversed = new ArrayList<>(inCodePointOrder);
    Collections.reverse(reversed);
    List<Customer> customers = reversed.stream().map(given::person).toList();
    storage().inTransactionDo(unit -> unit.customers().insertAll(tenant, customers));

    // when
    List<String> names =
        storage()
            .inTransaction(
                unit -> unit.customers().search(tenant, CustomerQuery.all(), PageRequest.first(10)))
            .items()
            .stream()
            .map(Customer::displayName)
            .toList();

    // then
    assertThat(names).containsExactlyElementsOf(inCodePointOrder);
  }

  @Test
  void search_prefixWithLikeWildcardsAndEscapes_matchesLiterally() {
    // given
    List<Customer> customers =
        List.of(
            given.person("100% Real"),
            given.person("100 Real"),
            given.person("a_b Ltd"),
            given.person("axb Ltd"),
            given.person("C:\\dir"),
            given.person("C:dir"),
            given.person("x!y"));

    // when
    storage().inTransactionDo(unit -> unit.customers().insertAll(tenant, customers));

    // then
    assertThat(namesStartingWith("100%")).containsExactly("100% Real");
    assertThat(namesStartingWith("a_")).containsExactly("a_b Ltd");
    assertThat(namesStartingWith("c:\\")).containsExactly("C:\\dir");
    assertThat(namesStartingWith("x!")).containsExactly("x!y");
  }

  private List<String> namesStartingWith(String prefix) {
    return storage()
        .inTransaction(
            unit ->
                unit.customers()
                    .search(tenant, CustomerQuery.nameStartsWith(prefix), PageRequest.first(10)))
        .items()
        .stream()
        .map(Customer::displayName)
        .toList();
  }

  @Test
  void money_ofCurrenciesWithZeroTwoThreeOrNoFixedDecimals_roundTripsEqual() {
    // given
    var owner = given.customerId();
    List<Holding> holdings =
        List.of(
            given.holding(owner, "JPY-1", Money.of("1200", "JPY")),
            given.holding(owner, "EUR-1", Money.of("-12.50", "EUR")),
            given.holding(owner, "BHD-1", Money.of("0.125", "BHD")),
            given.holding(
                owner, "XAU-1", new Money(new BigDecimal("1.50"), Currency.getInstance("XAU"))),
            given.holding(owner, "EUR-2", Money.of("999999999999999999.99", "EUR")));

    // when
    storage().inTransactionDo(unit -> unit.holdings().insertAll(tenant, holdings));

    // then
    List<Holding> read =
        storage().inTransaction(unit -> unit.holdings().forCustomer(tenant, owner));
    assertThat(read).containsExactlyInAnyOrderElementsOf(holdings);
  }
}
