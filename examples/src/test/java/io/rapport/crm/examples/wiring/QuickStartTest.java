package io.rapport.crm.examples.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void run_inMemory_registersAndFindsTheCustomerPrintingMaskedValues() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    Customer ada = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(ada.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(ada.tags()).containsExactly("affluent");
    assertThat(out).contains("Found by e-mail: 1 customer(s), id " + ada.id());
    assertThat(out).doesNotContain("ada.lovelace@example.com", "Lovelace", "7700900461");
  }
}
