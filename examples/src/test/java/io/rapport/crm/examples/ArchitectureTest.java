package io.rapport.crm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.architecture.ClassFile;
import io.rapport.crm.architecture.FixtureCompiler;
import io.rapport.crm.architecture.ModuleClasses;
import io.rapport.crm.architecture.ModulePolicy;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the module rules ({@link ModulePolicy}, in crm-core's tests) can fail, on fixtures that
 * only this module can compile (they name the sdk and the jdbc adapter), and checks that every
 * module of the build runs them on itself ({@link ModuleRuleCoverage}). The rules themselves run in
 * each module's own {@code *ArchitectureTest}.
 */
class ArchitectureTest {
  private static final String FIXTURE = "io/rapport/crm/examples/RuleBreakingFixture";

  @Test
  void policy_ruleBreakingFixtureAsCrmCore_reportsEveryBrokenRule() {
    // given
    List<ClassFile> classes = classesOfTestSources(FIXTURE);

    // when
    List<String> violations = ModulePolicy.violations("crm-core", classes);

    // then
    assertThat(violations)
        .containsExactlyInAnyOrder(
            FIXTURE + " refers to java/sql/Connection",
            FIXTURE + " refers to javax/sql/DataSource",
            FIXTURE + " refers to io/rapport/crm/spi/CrmStorage",
            FIXTURE + " refers to io/rapport/crm/sdk/Crm",
            FIXTURE + " refers to io/rapport/crm/jdbc/JdbcStorage",
            FIXTURE + " calls java/time/Instant.now",
            FIXTURE + " calls java/time/LocalDate.now",
            FIXTURE + " calls java/lang/System.currentTimeMillis",
            FIXTURE + " calls java/util/UUID.randomUUID");
  }

  @Test
  void policy_ruleBreakingFixtureAsAdapters_reportsWhatEachAdapterMayNotName() {
    // given
    List<ClassFile> classes = classesOfTestSources(FIXTURE);

    // when
    List<String> asInMemory = ModulePolicy.violations("crm-inmemory", classes);
    List<String> asJdbc = ModulePolicy.violations("crm-jdbc", classes);

    // then: the in-memory adapter may name the spi only; crm-jdbc may also use JDBC
    assertThat(asInMemory)
        .contains(
            FIXTURE + " refers to java/sql/Connection",
            FIXTURE + " refers to io/rapport/crm/sdk/Crm",
            FIXTURE + " refers to io/rapport/crm/jdbc/JdbcStorage")
        .noneMatch(v -> v.endsWith("io/rapport/crm/spi/CrmStorage"));
    assertThat(asJdbc)
        .contains(FIXTURE + " refers to io/rapport/crm/sdk/Crm")
        .noneMatch(v -> v.contains("sql/") || v.endsWith("jdbc/JdbcStorage"));
  }

  @Test
  void policy_ruleBreakingFixtureAsTheKit_mayMakeRandomIdsButNotUseJdbc() {
    // given
    List<ClassFile> classes = classesOfTestSources(FIXTURE);

    // when
    List<String> violations = ModulePolicy.violations("crm-tck", classes);

    // then
    assertThat(violations)
        .contains(FIXTURE + " refers to javax/sql/DataSource")
        .noneMatch(v -> v.contains(" calls "));
  }

  @Test
  void policy_stringLiteralsAndInjectedClock_areNotReported() {
    // given
    List<ClassFile> classes = classesOfTestSources("io/rapport/crm/examples/RuleAbidingFixture");

    // when
    List<String> violations = ModulePolicy.violations("crm-core", classes);

    // then
    assertThat(classes.get(0).members()).contains("java/time/Clock.instant");
    assertThat(violations).isEmpty();
  }

  @Test
  void exportRule_moduleExportingInternalPackage_isReported(@TempDir Path dir) {
    // given
    Path out =
        FixtureCompiler.compile(
            dir,
            Map.of(
                "module-info.java",
                "module bad.fixture { exports bad.fixture.api; exports bad.fixture.internal; }",
                "bad/fixture/api/Api.java",
                "package bad.fixture.api; public class Api {}",
                "bad/fixture/internal/Hidden.java",
                "package bad.fixture.internal; public class Hidden {}"));

    // when
    List<String> violations = ModulePolicy.internalExports(ModuleClasses.descriptorAt(out));

    // then
    assertThat(violations).containsExactly("bad.fixture exports bad.fixture.internal");
  }

  @Test
  void exportRule_qualifiedInternalExportOfCrmCore_isNotReported() {
    // given
    ModuleClasses core =
        ModuleClasses.locate("crm-core", "io.rapport.crm.common.TenantId").orElseThrow();

    // when
    ModuleDescriptor descriptor = core.descriptor();

    // then
    assertThat(descriptor.exports())
        .anyMatch(e -> e.isQualified() && e.source().contains(".internal"));
    assertThat(ModulePolicy.internalExports(descriptor)).isEmpty();
  }

  @Test
  void exportRule_directoryWithoutModuleInfo_isRejected(@TempDir Path dir) {
    // given: an empty class directory

    // when / then
    assertThatThrownBy(() -> ModuleClasses.descriptorAt(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no module-info.class");
  }

  @Test
  void coverage_everyModuleOfTheBuild_runsTheModuleRulesOnItself() {
    // given
    Path root = Path.of("").toAbsolutePath().getParent();

    // when
    List<String> modules = ModuleRuleCoverage.modulesWithCode(root);
    List<String> unchecked = ModuleRuleCoverage.uncheckedModules(root);

    // then
    assertThat(modules).contains("crm-core", "crm-spi", "crm-sdk", "crm-jdbc", "examples");
    assertThat(unchecked).isEmpty();
  }

  @Test
  void coverage_moduleWithoutItsRulesTest_isReported(@TempDir Path root) {
    // given: a build of two modules, only one of which checks itself
    ModuleRuleCoverage.writeFixtureBuild(root);

    // when
    List<String> unchecked = ModuleRuleCoverage.uncheckedModules(root);

    // then
    assertThat(unchecked).containsExactly("crm-unchecked");
  }

  /** The named class, read from this module's test class directory. */
  private static List<ClassFile> classesOfTestSources(String internalName) {
    ModuleClasses tests =
        ModuleClasses.locate("examples-tests", RuleBreakingFixture.class.getName()).orElseThrow();
    List<ClassFile> classes =
        tests.classes().stream().filter(c -> c.name().equals(internalName)).toList();
    assertThat(classes).as(internalName).hasSize(1);
    return classes;
  }
}
