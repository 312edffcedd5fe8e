package io.rapport.crm.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-tck checks its own main classes against the module rules declared in {@link ModulePolicy}.
 */
class TckArchitectureTest {

  @Test
  void crmTck_followsTheModuleRules() {
    // when
    List<String> violations =
        ModulePolicy.violationsOf("crm-tck", CustomerRepositoryContract.class);

    // then
    assertThat(violations).isEmpty();
  }
}
