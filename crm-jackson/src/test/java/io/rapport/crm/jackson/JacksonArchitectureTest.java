package io.rapport.crm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-jackson checks its own main classes against the module rules declared in {@link
 * ModulePolicy}: it depends on crm-core only.
 */
class JacksonArchitectureTest {

  @Test
  void crmJackson_followsTheModuleRules() {
    // when
    List<String> violations = ModulePolicy.violationsOf("crm-jackson", RapportModule.class);

    // then
    assertThat(violations).isEmpty();
  }
}
