package io.rapport.crm.tck;

import static io.rapport.crm.tck.internal.Fixtures.primaryMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.AccountReference;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.Person;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.StorageFeature;
import io.rapport.crm.spi.UnitOfWork;
import io.rapport.crm.tck.internal.Fixtures;
import io.rapport.crm.tck.internal.Parallel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of optimistic concurrency and uniqueness under real contention, for adapters declaring
 * {@link StorageFeature#CONCURRENT_ACCESS}: overlapping read-modify-write cycles never lose an
 * update, racing inserts of one id or one unique key let exactly one win, and a unit never sees
 * another's uncommitted writes. Threads meet at barriers so that the overlap is certain, not left
 * to scheduling luck.
 */
public abstract class ConcurrencyContract {
  private static final long BARRIER_SECONDS = Parallel.STUCK_AFTER_SECONDS;

  private final Fixtures given = Fixtures.forFreshTenant();
  private final TenantId tenant = given.tenant();

  /** For subclasses binding the contract to an adapter. */
  protected ConcurrencyContract() {}

  /** The storage under test; may be shared by every test, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @BeforeEach
  void requireConcurrentAccess() {
    assumeTrue(
        storage().features().contains(StorageFeature.CONCURRENT_ACCESS),
        "skipped: the adapter does not declare CONCURRENT_ACCESS");
  }

  @Test
  @DisplayName("update: racing read-modify-write cycles never lose an update (version check)")
  void update_overlappingReadModifyWrite_neverLosesAnUpdate() throws Exception {
    // given
    int threads = 8;
    int rounds = 5;
    Customer customer = given.aPerson().toBuilder().tags(Set.of()).build();
    insert(customer);
    CyclicBarrier allRead = new CyclicBarrier(threads);
    CyclicBarrier allWrote = new CyclicBarrier(threads);
    AtomicInteger successes = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    Set<String> winningTags = Collections.synchronizedSet(new HashSet<>());

    // when
    Parallel.run(
        threads,
        thread -> {
          for (int round = 0; round < rounds; round++) {
            Customer read = find(customer.id()).orElseThrow();
            allRead.await(BARRIER_SECONDS, TimeUnit.SECONDS);
            String tag = "r" + round + "-t" + thread;
            Set<String> tags = new HashSet<>(read.tags());
            tags.add(tag);
            try {
              storage()
                  .inTransaction(
                      tx -> tx.customers().update(tenant, read.toBuilder().tags(tags).build()));
              successes.incrementAndGet();
              winningTags.add(tag);
            } catch (ConcurrentUpdateException e) {
              conflicts.incrementAndGet();
            }
            allWrote.await(BARRIER_SECONDS, TimeUnit.SECONDS);
          }
        });

    // then
    Customer last = find(customer.id()).orElseThrow();
    assertThat(conflicts.get())
        .as("negative control: the overlapping writes did conflict")
        .isPositive()
        .isEqualTo(rounds * (threads - 1));
    assertThat(successes.get()).as("one writer wins each round").isEqualTo(rounds);
    assertThat(last.version()).isEqualTo(1L + successes.get());
    assertThat(last.tags()).as("every successful write survived").isEqualTo(winningTags);
  }

  @Test
  @DisplayName("update: threads retrying on conflict apply every increment exactly once")
  void update_retryOnConflict_appliesEveryIncrement() throws Exception {
    // given
    int threads = 6;
    int increments = 10;
    Customer counter = given.aPersonNamed("Counter 0");
    insert(counter);
    AtomicInteger conflicts = new AtomicInteger();

    // when
    Parallel.run(
        threads,
        thread -> {
          for (int done = 0; done < increments; ) {
            Customer read = find(counter.id()).orElseThrow();
            int value = Integer.parseInt(read.displayName().substring("Counter ".length()));
            Customer next = read.toBuilder().displayName("Counter " + (value + 1)).build();
            try {
              storage().inTransaction(tx -> tx.customers().update(tenant, next));
              done++;
            } catch (ConcurrentUpdateException e) {
              conflicts.incrementAndGet();
            }
          }
        });

    // then
    Customer last = find(counter.id()).orElseThrow();
    assertThat(last.displayName()).isEqualTo("Counter " + threads * increments);
    assertThat(last.version()).isEqualTo(1L + threads * increments);
  }

  @Test
  @DisplayName("insert: threads racing to insert one id: exactly one wins, the rest get duplicates")
  void insert_sameIdRacing_exactlyOneWins() throws Exception {
    // given
    CustomerId id = given.customerId();
    List<Outcome> outcomes =
        race(
            8,
            thread ->
                tx ->
                    tx.customers()
                        .insert(
                            tenant,
                            Customer.builder(
                                    id, new Person("Racer " + thread, null, null), given.now())
                                .build()));

    // then
    assertExactlyOneWon(outcomes, DuplicateRecordException.class);
    Customer stored = find(id).orElseThrow();
    assertThat(stored.party().legalName()).isEqualTo("Racer " + winner(outcomes));
  }

  @Test
  @DisplayName("insert: households racing to flag one customer primary: exactly one wins")
  void insert_primaryHouseholdRacing_exactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      // given
      CustomerId customer = given.customerId();
      insert(Customer.builder(customer, new Person("Member", null, null), given.now()).build());

      // when
      List<Outcome> outcomes =
          race(
              4,
              thread ->
                  tx -> tx.households().insert(tenant, given.aHousehold(primaryMember(customer))));

      // then
      assertExactlyOneWon(outcomes, HouseholdMembershipException.class);
      assertThat(
              storage()
                  .<List<Household>>inTransaction(
                      tx -> tx.households().forMember(tenant, customer)))
          .hasSize(1);
    }
  }

  @Test
  @DisplayName("insert: holdings racing for one customer's account reference: exactly one wins")
  void insert_accountReferenceRacing_exactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      // given
      CustomerId customer = given.customerId();
      insert(Customer.builder(customer, new Person("Holder", null, null), given.now()).build());
      AccountReference reference = AccountReference.of("RACE-" + round);

      // when
      List<Outcome> outcomes =
          race(
              4,
              thread ->
                  tx ->
                      tx.holdings()
                          .insert(
                              tenant,
                              given.aHolding(
                                  customer, Money.of(thread + ".00", "EUR"), reference)));

      // then
      assertExactlyOneWon(outcomes, DuplicateRecordException.class);
      assertThat(
              storage()
                  .<List<Holding>>inTransaction(tx -> tx.holdings().forCustomer(tenant, customer)))
          .hasSize(1);
    }
  }

  @Test
  @DisplayName("insert: many threads inserting distinct customers store every one")
  void insert_distinctCustomersFromManyThreads_storesEveryOne() throws Exception {
    // given
    int threads = 8;
    int perThread = 25;
    List<Customer> all = Collections.synchronizedList(new ArrayList<>());

    // when
    Parallel.run(
        threads,
        thread -> {
          for (int i = 0; i < perThread; i++) {
            Customer customer = given.aPersonNamed("T" + thread + " #" + i);
            insert(customer);
            all.add(customer);
          }
        });

    // then
    assertThat(storage().<Long>inTransaction(tx -> tx.customers().count(tenant)))
        .isEqualTo((long) threads * perThread);
    List<CustomerId> ids = all.stream().map(Customer::id).toList();
    assertThat(storage().<List<Customer>>inTransaction(tx -> tx.customers().findAll(tenant, ids)))
        .containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  @DisplayName("inTransaction: another unit never sees writes not yet committed (no dirty read)")
  void find_uncommittedInsertOfAnotherUnit_isNotVisible() throws Exception {
    // given
    Customer customer = given.aPerson();
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch readDone = new CountDownLatch(1);
    AtomicReference<Optional<Customer>> seen = new AtomicReference<>();

    // when
    Parallel.run(
        2,
        thread -> {
          if (thread == 0) {
            try {
              storage()
                  .inTransactionDo(
                      tx -> {
                        tx.customers().insert(tenant, customer);
                        inserted.countDown();
                        // A locking adapter blocks the reader until this unit ends: stop waiting
                        // after a moment and roll back; the reader must then see nothing either.
                        awaitQuietly(readDone, 1);
                        throw new IllegalStateException("roll back on purpose");
                      });
            } catch (IllegalStateException expected) {
              // rolled back as intended
            }
          } else {
            assertThat(inserted.await(BARRIER_SECONDS, TimeUnit.SECONDS)).isTrue();
            seen.set(find(customer.id()));
            readDone.countDown();
          }
        });

    // then
    assertThat(seen.get()).isEmpty();
    assertThat(find(customer.id())).isEmpty();
  }

  private static void awaitQuietly(CountDownLatch latch, long seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How one racing thread's unit of work ended. */
  private record Outcome(int thread, Exception failure) {}

  /** Runs each thread's write in its own unit once all threads are ready; records outcomes. */
  private List<Outcome> race(int threads, IntFunction<Consumer<UnitOfWork>> writes)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    Parallel.run(
        threads,
        thread -> {
          var write = writes.apply(thread);
          start.await(BARRIER_SECONDS, TimeUnit.SECONDS);
          try {
            storage().inTransactionDo(write);
            outcomes.add(new Outcome(thread, null));
          } catch (RuntimeException e) {
            outcomes.add(new Outcome(thread, e));
          }
        });
    return outcomes;
  }

  private static void assertExactlyOneWon(
      List<Outcome> outcomes, Class<? extends Exception> refusal) {
    assertThat(outcomes.stream().filter(o -> o.failure() == null)).hasSize(1);
    assertThat(outcomes.stream().filter(o -> o.failure() != null))
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(refusal));
  }

  private static int winner(List<Outcome> outcomes) {
    return outcomes.stream().filter(o -> o.failure() == null).findFirst().orElseThrow().thread();
  }

  private void insert(Customer customer) {
    storage().inTransactionDo(tx -> tx.customers().insert(tenant, customer));
  }

  private Optional<Customer> find(CustomerId id) {
    return storage().inTransaction(tx -> tx.customers().find(tenant, id));
  }
}
