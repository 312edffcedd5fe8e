package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.campaign.Criterion;
import io.rapport.crm.campaign.Segment;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.common.pii.PhoneNumber;
import io.rapport.crm.compliance.access.BarrierSide;
import io.rapport.crm.compliance.access.RecordFilter;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.Person;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Fixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@link RecordFilter} overloads of {@link io.rapport.crm.spi.CustomerRepository}
 * and {@link io.rapport.crm.spi.SegmentRepository}: a record is returned or counted only when it is
 * in scope (every record, or its owner or branch listed) and carries no excluded barrier-side tag;
 * the filter is part of the query, so a search page holds {@code limit} matching rows while more
 * match.
 */
public abstract class AccessFilterContract {
  private static final EmployeeId ADA = EmployeeId.of("ada");
  private static final EmployeeId BOB = EmployeeId.of("bob");
  private static final BranchCode NORTH = BranchCode.of("N1");
  private static final BranchCode SOUTH = BranchCode.of("S1");
  private static final BarrierSide DEALS = BarrierSide.of("deals");

  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected AccessFilterContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  private static RecordFilter ownedBy(EmployeeId owner) {
    return new RecordFilter(false, Set.of(owner), Set.of(), Set.of());
  }

  private Customer customer(String name, EmployeeId owner, BranchCode branch, String... tags) {
    int n = given.serial();
    return Customer.builder(given.customerId(), new Person(name, null, null), given.now())
        .displayName(name)
        .owner(owner)
        .branch(branch)
        .tags(Set.of(tags))
        .contactPoints(
            List.of(
                given.email("shared" + "@example.com", ContactPurpose.PERSONAL, true),
                given.phone("+44 20 7946 0" + (100 + n % 800), true)))
        .build();
  }

  private List<Customer> insert(Customer... customers) {
    storage()
        .inTransaction(
            tx -> {
              tx.customers().insertAll(tenant, List.of(customers));
              return null;
            });
    return List.of(customers);
  }

  private static List<CustomerId> ids(List<Customer> customers) {
    return customers.stream().map(Customer::id).toList();
  }

  private static List<CustomerId> sortedIds(List<Customer> customers) {
    return customers.stream()
        .map(Customer::id)
        .sorted(Comparator.comparing(CustomerId::toString))
        .toList();
  }

  @Test
  @DisplayName("search: an owner filter returns only that owner's customers, in full pages")
  void search_ownerFilter_returnsFullPagesOfOwnedCustomersOnly() {
    // given: ada's customers sort between bob's
    insert(
        customer("Aaron", BOB, SOUTH),
        customer("Abel", ADA, SOUTH),
        customer("Adam", BOB, SOUTH),
        customer("Agnes", ADA, SOUTH),
        customer("Alan", BOB, SOUTH),
        customer("Alma", ADA, SOUTH));

    // when
    List<String> names = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (request != null) {
      PageRequest current = request;
      Page<Customer> page =
          storage()
              .inTransaction(
                  tx -> tx.customers().search(tenant, CustomerQuery.all(), current, ownedBy(ADA)));
      page.items().forEach(c -> names.add(c.displayName()));
      pageSizes.add(page.items().size());
      request = page.next() == null ? null : PageRequest.after(page.next(), 2);
    }

    // then
    assertThat(names).containsExactly("Abel", "Agnes", "Alma");
    assertThat(pageSizes.get(0)).isEqualTo(2);
  }

  @Test
  @DisplayName("search: owner and branch lists are alternatives; an excluded side always hides")
  void search_ownerOrBranchWithExcludedSide_matchesScopeMinusWalledRecords() {
    // given
    List<Customer> stored =
        insert(
            customer("Ada owned", ADA, SOUTH),
            customer("North branch", BOB, NORTH),
            customer("Elsewhere", BOB, SOUTH),
            customer("Walled", ADA, NORTH, DEALS.tag()),
            customer("Other tag", ADA, SOUTH, "vip"));
    RecordFilter filter = new RecordFilter(false, Set.of(ADA), Set.of(NORTH), Set.of(DEALS));

    // when
    Page<Customer> page =
        storage()
            .inTransaction(
                tx ->
                    tx.customers()
                        .search(tenant, CustomerQuery.all(), PageRequest.first(50), filter));

    // then
    assertThat(page.items())
        .extracting(Customer::displayName)
        .containsExactly("Ada owned", "North branch", "Other tag");
    assertThat(ids(page.items())).doesNotContain(stored.get(2).id(), stored.get(3).id());
  }

  @Test
  @DisplayName("findByEmail, findByPhone, findAll and count keep only the filtered customers")
  void lookupsAndCount_ownerFilter_skipOtherOwners() {
    // given
    List<Customer> stored = insert(customer("Mine", ADA, SOUTH), customer("Theirs", BOB, SOUTH));
    Customer mine = stored.get(0);
    Customer theirs = stored.get(1);

    // when
    List<Customer> byEmail =
        storage()
            .inTransaction(
                tx ->
                    tx.customers()
                        .findByEmail(tenant, EmailAddress.of("shared@example.com"), ownedBy(ADA)));
    List<Customer> byPhone =
        storage()
            .inTransaction(tx -> tx.customers().findByPhone(tenant, phoneOf(theirs), ownedBy(ADA)));
    List<Customer> byIds =
        storage().inTransaction(tx -> tx.customers().findAll(tenant, ids(stored), ownedBy(ADA)));
    long counted = storage().inTransaction(tx -> tx.customers().count(tenant, ownedBy(ADA)));
    long unfiltered = storage().inTransaction(tx -> tx.customers().count(tenant));

    // then
    assertThat(ids(byEmail)).containsExactly(mine.id());
    assertThat(byPhone).isEmpty();
    assertThat(ids(byIds)).containsExactly(mine.id());
    assertThat(counted).isEqualTo(1);
    assertThat(unfiltered).isEqualTo(2);
  }

  @Test
  @DisplayName("a filter matching nothing returns no row and counts zero")
  void everyQuery_nothingFilter_returnsNothing() {
    // given
    List<Customer> stored = insert(customer("Someone", ADA, SOUTH));
    RecordFilter nothing = RecordFilter.nothing();

    // when
    Page<Customer> page =
        storage()
            .inTransaction(
                tx ->
                    tx.customers()
                        .search(tenant, CustomerQuery.all(), PageRequest.first(10), nothing));
    long counted = storage().inTransaction(tx -> tx.customers().count(tenant, nothing));
    List<Customer> byIds =
        storage().inTransaction(tx -> tx.customers().findAll(tenant, ids(stored), nothing));

    // then
    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isNull();
    assertThat(counted).isZero();
    assertThat(byIds).isEmpty();
  }

  @Test
  @DisplayName("segment members and static lists select only the filtered customers")
  void segmentMembersAndListed_filter_selectOnlyVisibleCustomers() {
    // given
    List<Customer> stored =
        insert(
            customer("Vip mine", ADA, SOUTH, "vip"),
            customer("Vip theirs", BOB, SOUTH, "vip"),
            customer("Vip walled", ADA, SOUTH, "vip", DEALS.tag()));
    Segment list =
        Segment.staticList(
            new SegmentId(given.nextUuid()), "All three", Set.copyOf(ids(stored)), given.now());
    storage()
        .inTransaction(
            tx -> {
              tx.segments().insert(tenant, list);
              return null;
            });
    RecordFilter filter = new RecordFilter(false, Set.of(ADA), Set.of(), Set.of(DEALS));

    // when
    List<CustomerId> members =
        storage()
            .inTransaction(
                tx ->
                    tx.segments().members(tenant, new Criterion.HasTag("vip"), null, 100, filter));
    List<CustomerId> listed =
        storage().inTransaction(tx -> tx.segments().listed(tenant, list.id(), null, 100, filter));
    List<CustomerId> everyone =
        storage()
            .inTransaction(
                tx ->
                    tx.segments()
                        .members(
                            tenant,
                            new Criterion.HasTag("vip"),
                            null,
                            100,
                            RecordFilter.unrestricted()));

    // then
    assertThat(members).containsExactly(stored.get(0).id());
    assertThat(listed).containsExactly(stored.get(0).id());
    assertThat(everyone).isEqualTo(sortedIds(stored));
  }

  @Test
  @DisplayName("search and count agree with RecordFilter.matches for random filters and customers")
  void searchAndCount_randomFilters_matchTheFiltersOwnDefinition() {
    // given: a fixed seed, so a failure repeats
    Random random = new Random(20_251_204L);
    List<EmployeeId> owners = List.of(ADA, BOB, EmployeeId.of("cy"));
    List<BranchCode> branches = List.of(NORTH, SOUTH, BranchCode.of("W1"));
    List<BarrierSide> sides = List.of(DEALS, BarrierSide.of("research"), BarrierSide.of("retail"));
    List<Customer> stored = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      List<String> tags = new ArrayList<>();
      for (BarrierSide side : sides) {
        if (random.nextInt(4) == 0) {
          tags.add(side.tag());
        }
      }
      stored.add(
          customer(
              String.format(java.util.Locale.ROOT, "Random %02d", i),
              random.nextInt(5) == 0 ? null : owners.get(random.nextInt(owners.size())),
              random.nextInt(5) == 0 ? null : branches.get(random.nextInt(branches.size())),
              tags.toArray(String[]::new)));
    }
    insert(stored.toArray(Customer[]::new));
    List<Integer> sizes = new ArrayList<>();

    for (int round = 0; round < 25; round++) {
      RecordFilter filter =
          new RecordFilter(
              random.nextInt(6) == 0,
              subset(random, owners),
              subset(random, branches),
              subset(random, sides));
      List<CustomerId> expected =
          stored.stream()
              .filter(
                  c ->
                      filter.matches(
                          io.rapport.crm.compliance.access.RecordFacts.of(
                              c.owner(), c.branch(), c.tags())))
              .map(Customer::id)
              .sorted(Comparator.comparing(CustomerId::toString))
              .toList();

      // when
      List<Customer> found =
          storage()
              .inTransaction(
                  tx ->
                      tx.customers()
                          .search(tenant, CustomerQuery.all(), PageRequest.first(100), filter))
              .items();
      long counted = storage().inTransaction(tx -> tx.customers().count(tenant, filter));

      // then
      assertThat(sortedIds(found)).as("round %s: %s", round, filter).isEqualTo(expected);
      assertThat(counted).as("round %s", round).isEqualTo(expected.size());
      sizes.add(expected.size());
    }
    assertThat(sizes).as("the rounds select some, not all nor none").anyMatch(n -> n > 0 && n < 30);
  }

  private static <T> Set<T> subset(Random random, List<T> values) {
    Set<T> chosen = new java.util.HashSet<>();
    for (T value : values) {
      if (random.nextBoolean()) {
        chosen.add(value);
      }
    }
    return chosen;
  }

  private static PhoneNumber phoneOf(Customer customer) {
    return customer.contactPoints().stream()
        .filter(PhoneContact.class::isInstance)
        .map(point -> ((PhoneContact) point).phone())
        .findFirst()
        .orElseThrow();
  }
}
