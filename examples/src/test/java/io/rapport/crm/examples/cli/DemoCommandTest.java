package io.rapport.crm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.sample.SampleBank;
import io.rapport.crm.sample.SampleBankSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  private static final int CUSTOMERS = 300;
  private static CliRun demo;

  @BeforeAll
  static void runDemoOnce() {
    demo =
        CliRun.of(
            "demo",
            "--jdbc-url",
            "jdbc:h2:mem:demo-" + UUID.randomUUID(),
            "--customers",
            String.valueOf(CUSTOMERS),
            "--seed",
            "7");
  }

  @Test
  void demo_smallBank_succeedsAndPrintsEverySection() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("== Load: sample bank (seed 7)")
        .contains("customer", "relationship", "household", "holding")
        .contains("== Customers: 300")
        .contains("ACTIVE", "mass-retail")
        .contains("== Customer overview")
        .contains(
            "Contact points (masked)", "Relationships", "Holdings (account references masked)")
        .contains("== Search with keyset paging", "Page 1:")
        .contains("== Audit history of", "customer.imported", "customer.contact-point-added")
        .contains("== Audit chain verification", "intact:")
        .contains("== Domain events delivered");
  }

  @Test
  void demo_smallBank_deliversOneEventPerRecordPlusTheChange() {
    // given
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS));
    int records =
        bank.customers().size()
            + bank.relationships().size()
            + bank.households().size()
            + bank.holdings().size();

    // then
    assertThat(demo.out())
        .containsPattern("total\\s+" + String.format(Locale.ROOT, "%,d", records + 1));
  }

  @Test
  void demo_smallBank_printsNoRawEmailPhoneIdOrAccountReference() {
    // given: every raw personal value of the loaded bank
    SampleBank bank = SampleBank.generate(SampleBankSpec.of(7, CUSTOMERS));
    List<String> raw = new ArrayList<>();
    for (Customer customer : bank.customers()) {
      if (customer.party().governmentId() != null) {
        raw.add(customer.party().governmentId().value());
      }
      for (ContactPoint point : customer.contactPoints()) {
        if (point instanceof EmailContact email) {
          raw.add(email.email().value());
        } else if (point instanceof PhoneContact phone) {
          raw.add(phone.phone().value());
        } else if (point instanceof PostalContact postal) {
          raw.add(postal.address().lines().get(0));
        }
      }
    }
    bank.holdings().stream()
        .filter(h -> !h.accountReference().truncatedCard()) // cards are stored as ****1234
        .forEach(h -> raw.add(h.accountReference().value()));

    // then
    assertThat(demo.out()).doesNotContainPattern("@example\\.");
    assertThat(demo.out()).doesNotContainPattern("\\+\\d{7,15}");
    assertThat(demo.out()).doesNotContain("work.contact");
    assertThat(raw).allSatisfy(value -> assertThat(demo.out()).doesNotContain(value));
  }

  @Test
  void demo_secondRunOnTheSameDatabase_reusesTheTenant(@TempDir Path directory) {
    // given
    String url = "jdbc:h2:file:" + directory.resolve("demo").toAbsolutePath();
    CliRun first = CliRun.of("demo", "--jdbc-url", url, "--customers", "40");

    // when
    CliRun second = CliRun.of("demo", "--jdbc-url", url, "--customers", "40");

    // then
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("already holds customers: reusing them")
        .contains("== Customers: 40")
        .contains("intact:");
    assertThat(second.out())
        .doesNotContain("== Load: sample bank")
        .containsPattern("total\\s+0\\R");
  }
}
