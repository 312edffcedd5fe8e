package io.rapport.crm.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-sample-data checks its own main classes against the module rules declared in {@link
 * ModulePolicy}.
 */
class SampleDataArchitectureTest {

  @Test
  void crmSampleData_followsTheModuleRules() {
    // when
    List<String> violations = ModulePolicy.violationsOf("crm-sample-data", SampleBank.class);

    // then
    assertThat(violations).isEmpty();
  }
}
