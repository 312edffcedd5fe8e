package io.rapport.crm.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-spi checks its own main classes against the module rules declared in {@link ModulePolicy}.
 */
class SpiArchitectureTest {

  @Test
  void crmSpi_followsTheModuleRules() {
    // when
    List<String> violations = ModulePolicy.violationsOf("crm-spi", CrmStorage.class);

    // then
    assertThat(violations).isEmpty();
  }
}
