package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.HostileStrings;
import io.rapport.crm.tck.internal.Ids;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract of {@link io.rapport.crm.spi.CustomerRepository#search} filters and order: a name prefix
 * matched case-insensitively on the {@link CustomerQuery#nameKeys name keys} (the start of the
 * display name or of any later name part) with every character literal (no LIKE wildcards), tag,
 * owner, status and branch filters that all must match, and the order {@link CustomerQuery}
 * defines: sort key, then id text, both by code point. Keyset paging is in {@link PagingContract}.
 */
public abstract class SearchContract {
  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected SearchContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  static Stream<Named<String>> hostileStrings() {
    return HostileStrings.all().stream();
  }

  @Test
  @DisplayName("search: a name prefix matches whatever the case, in sort-key order")
  void search_namePrefix_matchesIgnoringCase() {
    // given
    Customer anna = named("Anna Smith");
    Customer annabel = named("annabel Jones");
    Customer anneliese = named("ANNELIESE Weber");
    Customer ann = named("Ann");
    insert(anna, annabel, anneliese, ann, named("Bobanna"), named("An"));

    // when
    List<Customer> found = search(CustomerQuery.nameStartsWith("aNn"));

    // then
    assertThat(found).containsExactly(ann, anna, annabel, anneliese);
  }

  @Test
  @DisplayName("search: a name prefix also matches the start of any later name part, once")
  void search_namePrefix_matchesTheStartOfAnyNamePart() {
    // given
    Customer ada = named("Ada Lovelace");
    Customer lola = named("LOLA Montez");
    Customer jones = named("Jones-Smith & Co");
    Customer obrien = named("O'Brien (Holdings)");
    Customer anna = named("Anna Annabel");
    insert(ada, lola, jones, obrien, anna, named("Carlo Rossi"), named("Bobanna"));

    // when / then
    assertThat(search(CustomerQuery.nameStartsWith("lo"))).containsExactly(ada, lola);
    assertThat(search(CustomerQuery.nameStartsWith("ada lo"))).containsExactly(ada);
    assertThat(search(CustomerQuery.nameStartsWith("SMITH"))).containsExactly(jones);
    assertThat(search(CustomerQuery.nameStartsWith("co"))).containsExactly(jones);
    assertThat(search(CustomerQuery.nameStartsWith("brien"))).containsExactly(obrien);
    assertThat(search(CustomerQuery.nameStartsWith("hold"))).containsExactly(obrien);
    assertThat(search(CustomerQuery.nameStartsWith("ann"))).containsExactly(anna);
    assertThat(search(CustomerQuery.nameStartsWith("ovelace"))).isEmpty();
  }

  @Test
  @DisplayName("search: a name part matches whatever its case, but accents are kept")
  void search_namePart_ignoresCaseKeepsAccents() {
    // given
    Customer emile = named("Émile Zola");
    Customer unal = named("Ünal Çelik");
    insert(emile, unal, named("Emile Other"));

    // when / then
    assertThat(search(CustomerQuery.nameStartsWith("ZOL"))).containsExactly(emile);
    assertThat(search(CustomerQuery.nameStartsWith("çel"))).containsExactly(unal);
    assertThat(search(CustomerQuery.nameStartsWith("cel"))).isEmpty();
    assertThat(search(CustomerQuery.nameStartsWith("OTH"))).hasSize(1);
  }

  @Test
  @DisplayName("search: name parts follow a rename")
  void search_namePartAfterRename_findsByTheNewParts() {
    // given
    Customer ada = named("Ada Lovelace");
    insert(ada);
    Customer renamed = ada.toBuilder().displayName("Ada Byron").build();

    // when
    Customer updated = storage().inTransaction(tx -> tx.customers().update(tenant, renamed));

    // then
    assertThat(search(CustomerQuery.nameStartsWith("love"))).isEmpty();
    assertThat(search(CustomerQuery.nameStartsWith("by"))).containsExactly(updated);
  }

  @Test
  @DisplayName("search: '%' and '_' in a name prefix match only themselves")
  void search_prefixWithLikeWildcards_matchesLiterally() {
    // given
    Customer percent = named("100% Pure");
    Customer underscore = named("a_b Ltd");
    insert(percent, underscore, named("100 Percent"), named("1000 Ways"), named("aXb Ltd"));
    insert(named("ab_ Ltd"), named("a%b Ltd"));

    // when
    List<Customer> byPercent = search(CustomerQuery.nameStartsWith("100%"));
    List<Customer> byUnderscore = search(CustomerQuery.nameStartsWith("A_B"));
    List<Customer> byBareWildcard = search(CustomerQuery.nameStartsWith("%"));

    // then
    assertThat(byPercent).containsExactly(percent);
    assertThat(byUnderscore).containsExactly(underscore);
    assertThat(byBareWildcard).isEmpty();
  }

  @Test
  @DisplayName("search: backslashes and quotes in a name prefix match only themselves")
  void search_prefixWithBackslashAndQuote_matchesLiterally() {
    // given
    Customer backslash = named("Back\\slash & Co");
    Customer escapedWildcard = named("a\\%b Trust");
    Customer quote = named("O'Brien & Sons");
    insert(backslash, escapedWildcard, quote, named("Backslash"), named("OBrien"));
    insert(named("a%b Trust"), named("a\\xb Trust"));

    // when / then
    assertThat(search(CustomerQuery.nameStartsWith("back\\"))).containsExactly(backslash);
    assertThat(search(CustomerQuery.nameStartsWith("a\\%"))).containsExactly(escapedWildcard);
    assertThat(search(CustomerQuery.nameStartsWith("o'b"))).containsExactly(quote);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileStrings")
  @DisplayName("search: a prefix of hostile text finds the customer holding it, and no other")
  void search_hostilePrefix_findsOnlyItsCustomer(String hostile) {
    // given
    Customer holder = named(hostile);
    insert(holder, named("Zz decoy"), named("%"), named("'"));
    String prefix =
        hostile.substring(0, hostile.offsetByCodePoints(0, Math.min(100, codePoints(hostile))));

    // when
    List<Customer> found = search(CustomerQuery.nameStartsWith(prefix));

    // then
    assertThat(found).containsExactly(holder);
  }

  @Test
  @DisplayName("search: order is sort key then id text, by code point, not by UTF-16 unit")
  void search_order_isSortKeyThenIdTextByCodePoint() {
    // given
    List<CustomerId> ids = Ids.customerIdsInTextOrder();
    Customer upperAlpha = named(ids.get(4), "Alpha");
    Customer lowerAlpha = named(ids.get(1), "alpha");
    Customer alphaBank = named(ids.get(0), "ALPHA BANK");
    Customer zebra = named("Zebra");
    Customer emile = named("Émile");
    Customer fullWidth = named("\uFF21lpha");
    Customer smiley = named("\uD83D\uDE00 Smiley");
    insert(smiley, fullWidth, emile, zebra, alphaBank, upperAlpha, lowerAlpha);

    // when
    List<Customer> found = search(CustomerQuery.all());

    // then
    assertThat(found)
        .containsExactly(lowerAlpha, upperAlpha, alphaBank, zebra, emile, fullWidth, smiley);
  }

  @Test
  @DisplayName("search: names equal in their first 100 code points tie, and are ordered by id")
  void search_namesEqualInSortKey_orderedById() {
    // given
    List<CustomerId> ids = Ids.customerIdsInTextOrder();
    // a whole sort key of code points, mostly emoji (two chars each), so that the name that
    // continues it still fits the 200-character name limit
    String wholeKey = "a" + "\uD83D\uDE00".repeat(CustomerQuery.SORT_KEY_LENGTH - 1);
    Customer endsInB = named(ids.get(0), wholeKey + "b");
    Customer endsInA = named(ids.get(3), wholeKey + "a");
    Customer shorter = named(ids.get(2), "a" + "\uD83D\uDE00".repeat(98));
    insert(endsInA, endsInB, shorter);

    // when
    List<Customer> all = search(CustomerQuery.all());
    List<Customer> byLongPrefix = search(CustomerQuery.nameStartsWith(wholeKey));

    // then
    assertThat(all).containsExactly(shorter, endsInB, endsInA);
    assertThat(byLongPrefix).containsExactly(endsInB, endsInA);
  }

  @Test
  @DisplayName("search: a tag filter matches customers having that tag, whatever its case")
  void search_byTag_matchesCustomersWithTag() {
    // given
    Customer vip = tagged("Vip One", "vip", "retail");
    Customer vipToo = tagged("Vip Two", "vip");
    insert(vip, vipToo, tagged("Retail Only", "retail"), tagged("Untagged"));

    // when
    List<Customer> found = search(CustomerQuery.all().withTag(" VIP "));

    // then
    assertThat(found).containsExactly(vip, vipToo);
  }

  @Test
  @DisplayName("search: owner, status and branch filters each match exactly")
  void search_byOwnerStatusAndBranch_matchesExactly() {
    // given
    Customer owned = named("Owned").toBuilder().owner(EmployeeId.of("rm-1")).build();
    Customer dormant = named("Dormant").toBuilder().status(CustomerStatus.DORMANT).build();
    Customer branched = named("Branched").toBuilder().branch(BranchCode.of("EDI-2")).build();
    insert(owned, dormant, branched, named("Plain"));
    insert(named("Other").toBuilder().owner(EmployeeId.of("rm-10")).build());
    insert(named("Near").toBuilder().branch(BranchCode.of("edi-2")).build());

    // when / then
    assertThat(search(CustomerQuery.all().withOwner(EmployeeId.of("rm-1")))).containsExactly(owned);
    assertThat(search(CustomerQuery.all().withStatus(CustomerStatus.DORMANT)))
        .containsExactly(dormant);
    assertThat(search(CustomerQuery.all().withBranch(BranchCode.of("EDI-2"))))
        .containsExactly(branched);
    assertThat(search(CustomerQuery.all().withStatus(CustomerStatus.CLOSED))).isEmpty();
  }

  @Test
  @DisplayName("search: every criterion given must match")
  void search_combinedCriteria_requireAllToMatch() {
    // given
    EmployeeId owner = EmployeeId.of("rm-5");
    BranchCode branch = BranchCode.of("MAN");
    Customer match =
        tagged("Harper Lee", "vip").toBuilder()
            .owner(owner)
            .branch(branch)
            .status(CustomerStatus.ACTIVE)
            .build();
    insert(match);
    insert(copy(match).displayName("Other Name").build());
    insert(copy(match).tags(Set.of("retail")).build());
    insert(copy(match).owner(EmployeeId.of("rm-6")).build());
    insert(copy(match).status(CustomerStatus.DORMANT).build());
    insert(copy(match).branch(null).build());
    CustomerQuery query =
        CustomerQuery.nameStartsWith("harper")
            .withTag("vip")
            .withOwner(owner)
            .withStatus(CustomerStatus.ACTIVE)
            .withBranch(branch);

    // when
    List<Customer> found = search(query);

    // then
    assertThat(found).containsExactly(match);
  }

  @Test
  @DisplayName("search: follows updates of the display name and tags")
  void search_afterRenameAndRetag_findsByNewValues() {
    // given
    Customer customer = tagged("Old Name", "vip");
    insert(customer);
    Customer changed = customer.toBuilder().displayName("New Name").tags(Set.of("retail")).build();

    // when
    Customer updated = storage().inTransaction(tx -> tx.customers().update(tenant, changed));

    // then
    assertThat(search(CustomerQuery.nameStartsWith("old"))).isEmpty();
    assertThat(search(CustomerQuery.all().withTag("vip"))).isEmpty();
    assertThat(search(CustomerQuery.nameStartsWith("new"))).containsExactly(updated);
    assertThat(search(CustomerQuery.all().withTag("retail"))).containsExactly(updated);
  }

  @Test
  @DisplayName("search: a tenant without customers gives an empty last page")
  void search_emptyTenant_givesEmptyLastPage() {
    // when
    Page<Customer> page =
        storage()
            .inTransaction(
                tx -> tx.customers().search(tenant, CustomerQuery.all(), PageRequest.first(10)));

    // then
    assertThat(page.items()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }

  private static int codePoints(String text) {
    return text.codePointCount(0, text.length());
  }

  private Customer named(String displayName) {
    return named(given.customerId(), displayName);
  }

  private Customer named(CustomerId id, String displayName) {
    return Customer.builder(id, new Person("Legal Name", null, null), given.now())
        .displayName(displayName)
        .build();
  }

  private Customer.Builder copy(Customer customer) {
    return Fixtures.withId(customer, given.customerId()).toBuilder();
  }

  private Customer tagged(String displayName, String... tags) {
    return named(displayName).toBuilder().tags(Set.of(tags)).build();
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

  /** Every match, in one page: the tests above stay below the page limit. */
  private List<Customer> search(CustomerQuery query) {
    Page<Customer> page =
        storage()
            .inTransaction(
                tx ->
                    tx.customers().search(tenant, query, PageRequest.first(PageRequest.MAX_LIMIT)));
    assertThat(page.hasNext()).isFalse();
    return page.items();
  }
}
