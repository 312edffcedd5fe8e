package io.rapport.crm.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-inmemory checks its own main classes against the module rules declared in {@link
 * ModulePolicy}.
 */
class InMemoryArchitectureTest {

  @Test
  void crmInmemory_followsTheModuleRules() {
    // when
    List<String> violations = ModulePolicy.violationsOf("crm-inmemory", InMemoryStorage.class);

    // then
    assertThat(violations).isEmpty();
  }
}
