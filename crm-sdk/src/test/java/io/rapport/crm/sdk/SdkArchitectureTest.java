package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-sdk checks its own main classes against the module rules declared in {@link ModulePolicy}.
 */
class SdkArchitectureTest {

  @Test
  void crmSdk_followsTheModuleRules() {
    // when
    List<String> violations = ModulePolicy.violationsOf("crm-sdk", Crm.class);

    // then
    assertThat(violations).isEmpty();
  }
}
