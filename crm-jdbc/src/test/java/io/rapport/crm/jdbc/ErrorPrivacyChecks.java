package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RegisterCustomer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Constraint violations reach callers as Rapport exceptions built from ids: no driver exception
 * (whose text echoes key values) as the cause, no personal data in the message, nothing stored, and
 * the transaction still usable.
 */
abstract class ErrorPrivacyChecks {
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
  void segmentList_anotherTenantsCustomer_isRefusedLikeAnUnknownCustomer() {
    // given: a customer of another tenant, stored through the SDK on this database
    Crm crm = Crm.builder().storage(storage()).build();
    Caller ours = Caller.of(TenantId.of("ours-" + UUID.randomUUID()), Actor.user("rm-1"));
    Caller theirs = Caller.of(TenantId.of("theirs-" + UUID.randomUUID()), Actor.user("rm-2"));
    Customer mine = crm.customers().register(ours, RegisterCustomer.person("Own Customer").build());
    Customer foreign =
        crm.customers().register(theirs, RegisterCustomer.person("Foreign Customer").build());

    // when
    Throwable thrown =
        catchThrowable(
            () -> crm.segments().list(ours, "Hand-picked", Set.of(mine.id(), foreign.id())));

    // then
    assertThat(thrown)
        .isInstanceOfSatisfying(
            CustomerNotFoundException.class, e -> assertThat(e.id()).isEqualTo(foreign.id()));
    assertThat(crm.audit().verify(ours.tenant()).entriesChecked())
        .as("only the registration is audited")
        .isEqualTo(1);
  }

  @Test
  void insertHolding_duplicateAccountReference_isRefusedWithoutTheReference() {
    // given
    Customer owner = given.person("Reference Owner");
    Holding first = given.holding(owner.id(), "GB29NWBK60161331926819", Samples.eur("1.00"));
    Holding second = given.holding(owner.id(), "GB29NWBK60161331926819", Samples.eur("2.00"));
    storage().inTransactionDo(unit -> unit.holdings().insert(tenant, first));

    // when
    Throwable thrown =
        catchThrowable(
            () -> storage().inTransactionDo(unit -> unit.holdings().insert(tenant, second)));

    // then
    assertThat(thrown).isInstanceOf(DuplicateRecordException.class).hasNoCause();
    assertThat(thrown.getMessage())
        .doesNotContain("GB29NWBK60161331926819", "GB29", tenant.value())
        .contains("****6819");
    assertThat(
            storage()
                .<List<Holding>>inTransaction(
                    unit -> unit.holdings().forCustomer(tenant, owner.id())))
        .containsExactly(first);
  }

  @Test
  void insertHolding_duplicateAccountReference_logsNoReference() {
    // given: slf4j-simple (the test binding) writes log lines to System.err
    Customer owner = given.person("Quiet Owner");
    Holding first = given.holding(owner.id(), "GB82WEST12345698765432", Samples.eur("1.00"));
    Holding second = given.holding(owner.id(), "GB82WEST12345698765432", Samples.eur("2.00"));
    storage().inTransactionDo(unit -> unit.holdings().insert(tenant, first));
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;

    // when
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      catchThrowable(
          () -> storage().inTransactionDo(unit -> unit.holdings().insert(tenant, second)));
    } finally {
      System.setErr(original);
    }

    // then
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("GB82WEST");
  }

  @Test
  void insertCustomer_takenId_isRefusedWithIdOnlyAndTheUnitStaysUsable() {
    // given
    Customer original = given.person("Original Name");
    Customer clash = given.person("Clashing Name").toBuilder().build();
    Customer sameId =
        Customer.builder(original.id(), clash.party(), clash.createdAt())
            .displayName("Clashing Name")
            .build();
    storage().inTransactionDo(unit -> unit.customers().insert(tenant, original));

    // when: the refusal is caught inside the unit, which then goes on
    Customer other = given.person("Other");
    Throwable thrown =
        storage()
            .inTransaction(
                unit -> {
                  Throwable refused = catchThrowable(() -> unit.customers().insert(tenant, sameId));
                  unit.customers().insert(tenant, other);
                  return refused;
                });

    // then
    assertThat(thrown)
        .isInstanceOf(DuplicateRecordException.class)
        .hasNoCause()
        .hasMessageContaining(original.id().toString());
    assertThat(thrown.getMessage()).doesNotContain("Clashing", "Original", "QQ1234");
    assertThat(
            storage()
                .<List<Customer>>inTransaction(
                    unit -> unit.customers().findAll(tenant, List.of(original.id(), other.id()))))
        .containsExactlyInAnyOrder(original, other);
  }

  @Test
  void insertHousehold_secondPrimaryHousehold_isRefusedAndStoresNothing() {
    // given
    Customer member = given.person("Primary Member");
    Household first = given.household(member.id(), true);
    Household second = given.household(member.id(), true);
    storage().inTransactionDo(unit -> unit.households().insert(tenant, first));

    // when: caught inside the unit, which then commits
    Throwable thrown =
        storage()
            .inTransaction(unit -> catchThrowable(() -> unit.households().insert(tenant, second)));

    // then
    assertThat(thrown).isInstanceOf(HouseholdMembershipException.class).hasNoCause();
    assertThat(((HouseholdMembershipException) thrown).customerId()).isEqualTo(member.id());
    assertThat(
            storage()
                .<Optional<Household>>inTransaction(
                    unit -> unit.households().find(tenant, second.id())))
        .isEmpty();
    assertThat(
            storage()
                .<List<Household>>inTransaction(
                    unit -> unit.households().forMember(tenant, member.id())))
        .containsExactly(first);
  }

  @Test
  void updateHolding_staleVersion_isAConcurrentUpdate() {
    // given
    Holding holding = given.holding(given.customerId());
    storage().inTransactionDo(unit -> unit.holdings().insert(tenant, holding));
    storage().inTransactionDo(unit -> unit.holdings().update(tenant, holding));

    // when
    Throwable thrown =
        catchThrowable(
            () -> storage().inTransactionDo(unit -> unit.holdings().update(tenant, holding)));

    // then
    assertThat(thrown)
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasNoCause()
        .hasMessageContaining(holding.id().toString());
  }
}
