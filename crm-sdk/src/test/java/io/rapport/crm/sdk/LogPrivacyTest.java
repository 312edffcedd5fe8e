package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogPrivacyTest extends SdkFixture {

  @Test
  void logs_commandsAndFailingListener_holdIdsButNoPersonalData() {
    // given
    crm.events()
        .subscribe(
            event -> {
              throw new IllegalStateException("cannot mail " + EMAIL + " for " + NAME);
            });
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));

    // when
    try {
      crm.customers().register(caller, ada().build());
      crm.events().deliverPending(tenant);
    } finally {
      System.setErr(original);
    }

    // then
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("customer.registered").contains("IllegalStateException");
    assertFreeOf(log, adasPersonalData());
  }
}
