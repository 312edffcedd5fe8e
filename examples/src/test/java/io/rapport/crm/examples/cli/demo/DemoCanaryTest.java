package io.rapport.crm.examples.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Person;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleBankSpec;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.Subscription;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * PII canaries: the whole demo tour runs on H2 over a small generated bank whose every customer
 * carries a canary name and canary e-mail addresses (which the sales data reuses for leads). The
 * tour's own report may show a customer's name, as the host's screen would; nothing Rapport logs
 * (SLF4J, at debug level for io.rapport in tests) and no exception may carry a canary.
 */
class DemoCanaryTest {
  private static final String CANARY = "qzxcanary";
  private static final int CUSTOMERS = 200;

  /** Letters only, so the canary names pass name validation: 0 → a, 26 → ba. */
  private static String letters(int n) {
    StringBuilder text = new StringBuilder();
    int rest = n;
    do {
      text.insert(0, (char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return text.toString();
  }

  /** {@code bank} with a canary name and canary e-mail addresses on every customer. */
  static SampleBank withCanaries(SampleBank bank) {
    List<Customer> customers = new ArrayList<>();
    int n = 0;
    for (Customer customer : bank.customers()) {
      String name = "Qzxcanary " + letters(n).toUpperCase(Locale.ROOT) + letters(n);
      List<ContactPoint> points = new ArrayList<>();
      int e = 0;
      for (ContactPoint point : customer.contactPoints()) {
        points.add(
            point instanceof EmailContact email
                ? new EmailContact(
                    email.id(),
                    EmailAddress.of(CANARY + n + "x" + e++ + "@example.com"),
                    email.purpose(),
                    email.primary())
                : point);
      }
      Customer.Builder edited = customer.toBuilder().displayName(name).contactPoints(points);
      if (customer.party() instanceof Person person) {
        edited.party(new Person(name, person.dateOfBirth(), person.nationalId()));
      } else if (customer.party() instanceof Organisation organisation) {
        edited.party(
            new Organisation(name + " Ltd", organisation.incorporatedOn(), organisation.taxId()));
      }
      customers.add(edited.build());
      n++;
    }
    return new SampleBank(
        bank.spec(), customers, bank.relationships(), bank.households(), bank.holdings());
  }

  @Test
  void demoTour_canaryCustomers_noCanaryInLogsOrExceptions() {
    // given
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:canary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    StringWriter report = new StringWriter();
    Throwable failure = null;

    // when
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(logs, true, StandardCharsets.UTF_8));
    try {
      JdbcStorage storage = JdbcStorage.builder(h2).build();
      ReplayClock clock = new ReplayClock();
      Crm crm = Crm.builder().storage(storage).clock(clock).build();
      Caller caller = Caller.of(TenantId.of("canary-bank"), Actor.system("canary-test"));
      EventCounter events = new EventCounter();
      Subscription subscription = crm.events().subscribe(events);
      try {
        new DemoTour(new PrintWriter(report, true), crm, caller, events, clock)
            .editingBank(DemoCanaryTest::withCanaries)
            .run(SampleBankSpec.of(11, CUSTOMERS));
      } finally {
        subscription.close();
      }
    } catch (RuntimeException | AssertionError e) {
      failure = e;
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }

    // then
    String logged = logs.toString(StandardCharsets.UTF_8);
    assertThat(messages(failure).toLowerCase(Locale.ROOT)).doesNotContain(CANARY);
    assertThat(failure).as("the tour failed: %s", messages(failure)).isNull();
    assertThat(report.toString().toLowerCase(Locale.ROOT))
        .as("the canaries reached the data (the overview shows the customer's name)")
        .contains(CANARY);
    assertThat(logged).as("the tour logged at debug level").contains("DEBUG");
    assertThat(logged.toLowerCase(Locale.ROOT)).doesNotContain(CANARY);
  }

  /** Every message and {@code toString()} of {@code failure}, its causes and suppressed ones. */
  static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    List<Throwable> pending = new ArrayList<>();
    if (failure != null) {
      pending.add(failure);
    }
    while (!pending.isEmpty()) {
      Throwable next = pending.remove(0);
      all.append(next).append('\n').append(next.getMessage()).append('\n');
      if (next.getCause() != null && next.getCause() != next) {
        pending.add(next.getCause());
      }
      pending.addAll(List.of(next.getSuppressed()));
    }
    return all.toString();
  }
}
