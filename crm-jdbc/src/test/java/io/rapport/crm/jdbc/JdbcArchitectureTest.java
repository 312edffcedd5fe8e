package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.ArchitectureRules;
import io.rapport.crm.architecture.ModuleClasses;
import io.rapport.crm.architecture.ModulePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * crm-jdbc checks its own main classes against the module rules declared in {@link ModulePolicy}.
 */
class JdbcArchitectureTest {

  @Test
  void crmJdbc_followsTheModuleRules() {
    // when
    List<String> violations = ModulePolicy.violationsOf("crm-jdbc", JdbcStorage.class);

    // then
    assertThat(violations).isEmpty();
  }

  @Test
  void scan_crmJdbc_seesTheJdbcTypesItMayUse() {
    // given: guards against a scan that reads nothing and so passes every rule
    ModuleClasses jdbc =
        ModuleClasses.locate("crm-jdbc", JdbcStorage.class.getName()).orElseThrow();

    // when
    List<String> sql = ArchitectureRules.typeReferences(jdbc.classes(), ModulePolicy.SQL);

    // then
    assertThat(sql).contains("io/rapport/crm/jdbc/JdbcStorage refers to javax/sql/DataSource");
  }
}
