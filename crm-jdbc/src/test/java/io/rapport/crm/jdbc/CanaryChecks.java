package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.CrmException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.HouseholdRole;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.Captured;
import io.rapport.crm.sdk.CommandValidationException;
import io.rapport.crm.sdk.CreateHousehold;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RegisterCustomer;
import io.rapport.crm.sdk.UpdateCustomer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PII canaries on a database: failing operations (validation errors, duplicates, not-found,
 * concurrent updates, constraint violations) driven through the SDK with canary names, e-mail
 * addresses, phone numbers and postcodes leave no canary in exception messages (causes and
 * suppressed ones included), in the {@code toString()} of what they raise or return, or in what is
 * logged meanwhile (standard error, where slf4j-simple writes, captured around every test).
 */
abstract class CanaryChecks {
  private static final String NAME = "Qzxcanary Hartley";
  private static final String OTHER_NAME = "Qzxcanary Renamed";
  private static final String EMAIL = "qzxcanary.hartley@example.com";
  private static final String PHONE = "+44 20 7946 0777";
  private static final String POSTCODE = "QZ9 9XC";
  private static final List<String> CANARIES =
      List.of("qzxcanary", "hartley", "7946 0777", "79460777", "qz9", "9xc");

  private final TenantId tenant = TenantId.of("canary-" + UUID.randomUUID());
  private final Caller caller = Caller.of(tenant, Actor.user("rm-1"));
  private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private Crm crm;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void captureLogs() {
    crm = Crm.builder().storage(TestDatabases.shared(dialect())).build();
    originalErr = System.err;
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void noCanaryLogged() {
    System.setErr(originalErr);
    assertFreeOfCanaries(logs.toString(StandardCharsets.UTF_8));
  }

  private static void assertFreeOfCanaries(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String canary : CANARIES) {
      assertThat(lower).as("canary %s", canary).doesNotContain(canary);
    }
  }

  /** Message and {@code toString()} of {@code thrown}, its causes and suppressed ones. */
  private static String everythingSaidBy(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    List<Throwable> pending = new ArrayList<>(List.of(thrown));
    while (!pending.isEmpty()) {
      Throwable next = pending.remove(0);
      all.append(next).append('\n').append(next.getMessage()).append('\n');
      if (next.getCause() != null) {
        pending.add(next.getCause());
      }
      pending.addAll(List.of(next.getSuppressed()));
    }
    return all.toString();
  }

  private Customer canaryCustomer() {
    return crm.customers()
        .register(
            caller,
            RegisterCustomer.person(NAME)
                .email(EMAIL, ContactPurpose.PERSONAL)
                .phone(PHONE, ContactPurpose.HOME)
                .build());
  }

  @Test
  void register_invalidCanaryValues_validationErrorCarriesNoCanary() {
    // when
    Throwable thrown =
        catchThrowable(
            () ->
                crm.customers()
                    .register(
                        caller,
                        RegisterCustomer.person(NAME + " ".repeat(2) + "x".repeat(300))
                            .email("qzxcanary@@hartley", ContactPurpose.PERSONAL)
                            .phone("qzxcanary-7946-0777", ContactPurpose.HOME)
                            .build()));

    // then
    assertThat(thrown).isInstanceOf(CommandValidationException.class);
    assertThat(((CommandValidationException) thrown).violations()).hasSizeGreaterThanOrEqualTo(2);
    assertFreeOfCanaries(everythingSaidBy(thrown));
    assertFreeOfCanaries(((CommandValidationException) thrown).violations().toString());
  }

  @Test
  void insert_takenIdWithCanaryValues_duplicateCarriesNoCanary() {
    // given
    Customer stored = canaryCustomer();
    Customer again = stored.toBuilder().displayName(OTHER_NAME).build();

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                TestDatabases.shared(dialect())
                    .inTransactionDo(unit -> unit.customers().insert(tenant, again)));

    // then
    assertThat(thrown).isInstanceOf(DuplicateRecordException.class);
    assertFreeOfCanaries(everythingSaidBy(thrown));
    assertFreeOfCanaries(stored.toString() + again);
  }

  @Test
  void update_unknownCustomerWithCanaryName_notFoundCarriesNoCanary() {
    // when
    Throwable thrown =
        catchThrowable(
            () ->
                crm.customers()
                    .update(
                        caller,
                        UpdateCustomer.builder(new CustomerId(UUID.randomUUID()), 1)
                            .legalName(NAME)
                            .displayName(NAME)
                            .build()));

    // then
    assertThat(thrown).isInstanceOf(CustomerNotFoundException.class);
    assertFreeOfCanaries(everythingSaidBy(thrown));
  }

  @Test
  void update_staleVersionWithCanaryName_concurrencyErrorCarriesNoCanary() {
    // given
    Customer stored = canaryCustomer();
    crm.customers().update(caller, UpdateCustomer.of(stored).displayName(OTHER_NAME).build());

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                crm.customers()
                    .update(caller, UpdateCustomer.of(stored).legalName(OTHER_NAME).build()));

    // then
    assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
    assertFreeOfCanaries(everythingSaidBy(thrown));
  }

  @Test
  void createHousehold_secondPrimaryOfACanaryCustomer_constraintErrorCarriesNoCanary() {
    // given
    Customer member = canaryCustomer();
    crm.households()
        .create(
            caller,
            CreateHousehold.named("Qzxcanary family")
                .member(member.id(), HouseholdRole.HEAD, true)
                .build());

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                crm.households()
                    .create(
                        caller,
                        CreateHousehold.named("Qzxcanary other family")
                            .member(member.id(), HouseholdRole.HEAD, true)
                            .build()));

    // then
    assertThat(thrown).isInstanceOf(HouseholdMembershipException.class);
    assertFreeOfCanaries(everythingSaidBy(thrown));
  }

  @Test
  void captureAndRead_canaryLeadAndCustomer_returnedValuesPrintNoCanary() {
    // given
    Customer customer = canaryCustomer();
    CaptureLead form =
        CaptureLead.builder("form-1", SourceKind.WEB_FORM, ProductType.SAVINGS, NAME)
            .email(EMAIL)
            .phone(PHONE)
            .postcode(POSTCODE)
            .build();
    CaptureLead duplicate =
        CaptureLead.builder("form-2", SourceKind.WEB_FORM, ProductType.SAVINGS, NAME)
            .email(EMAIL)
            .build();

    // when
    Captured first = crm.leads().capture(caller, form);
    Captured second = crm.leads().capture(caller, duplicate);
    Throwable stale =
        catchThrowable(
            () -> crm.leads().disqualify(caller, first.lead().id(), 99, "Qzxcanary moved"));

    // then
    assertThat(second.duplicates()).isNotEmpty();
    assertThat(logs.toString(StandardCharsets.UTF_8))
        .as("the SDK's debug lines are captured")
        .contains("lead.captured");
    assertThat(stale).isInstanceOf(CrmException.class);
    assertFreeOfCanaries(everythingSaidBy(stale));
    assertFreeOfCanaries(
        form
            + "\n"
            + duplicate
            + "\n"
            + first
            + "\n"
            + second
            + "\n"
            + customer
            + "\n"
            + crm.customers().overview(caller, customer.id())
            + "\n"
            + crm.customers().search(caller, CustomerQuery.all(), PageRequest.first(10))
            + "\n"
            + crm.customers().findByEmail(caller, EMAIL));
  }
}
