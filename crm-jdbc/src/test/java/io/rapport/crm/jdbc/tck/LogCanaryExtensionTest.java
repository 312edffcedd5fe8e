package io.rapport.crm.jdbc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check of {@link LogCanaryExtension}: it finds a fixture value in a log, in any case. */
class LogCanaryExtensionTest {
  @Test
  void canaryIn_logWithAFixtureName_findsIt() {
    // given
    String log = "[main] WARN ErrorPacket - Duplicate entry 'Amelia Rose HARTLEY' for key 'uq'";

    // when / then
    assertThat(LogCanaryExtension.canaryIn(log)).contains("hartley");
  }

  @Test
  void canaryIn_logWithIdsOnly_findsNothing() {
    // given
    String log = "[main] DEBUG CommandRunner - t-1 customer.registered 0193a2b4 v1 by user:rm-1";

    // when / then
    assertThat(LogCanaryExtension.canaryIn(log)).isEmpty();
  }
}
