package io.rapport.crm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.rapport.crm.architecture.ClassFile;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-module architecture rules, checked on the compiled classes of every Rapport module (this
 * module's test class path holds them all), plus self-checks that run each rule on a class that
 * breaks it on purpose.
 */
class ArchitectureTest {
  /** A class known to live in each module; its code source is the module's jar or directory. */
  private static final Map<String, String> KNOWN_CLASSES = new LinkedHashMap<>();

  static {
    KNOWN_CLASSES.put("crm-core", "io.rapport.crm.common.TenantId");
    KNOWN_CLASSES.put("crm-spi", "io.rapport.crm.spi.CrmStorage");
    KNOWN_CLASSES.put("crm-sdk", "io.rapport.crm.sdk.Crm");
    KNOWN_CLASSES.put("crm-inmemory", "io.rapport.crm.inmemory.InMemoryStorage");
    KNOWN_CLASSES.put("crm-jdbc", "io.rapport.crm.jdbc.JdbcStorage");
    KNOWN_CLASSES.put("crm-tck", "io.rapport.crm.tck.CustomerRepositoryContract");
    KNOWN_CLASSES.put("crm-sample-data", "io.rapport.crm.sample.SampleBank");
  }

  /** crm-tck is not a dependency of examples; it is checked only when it is on the class path. */
  private static final String OPTIONAL_MODULE = "crm-tck";

  /** Package roots each module must not name: dependencies point one way. */
  private static final Map<String, List<String>> FORBIDDEN_DEPENDENCIES =
      Map.of(
          "crm-core",
          List.of("spi", "sdk", "inmemory", "jdbc", "tck", "sample", "examples"),
          "crm-spi",
          List.of("sdk", "inmemory", "jdbc", "tck", "sample", "examples"),
          "crm-sdk",
          List.of("inmemory", "jdbc", "tck", "examples"),
          "crm-inmemory",
          List.of("sdk", "examples", "jdbc"),
          "crm-jdbc",
          List.of("sdk", "examples", "inmemory"));

  private static final String FIXTURE = "io/rapport/crm/examples/RuleBreakingFixture";

  @Test
  void locate_everyRequiredModule_isItsOwnNonEmptyJarOrDirectory() {
    // given
    List<String> required =
        KNOWN_CLASSES.keySet().stream().filter(m -> !m.equals(OPTIONAL_MODULE)).toList();

    // when
    List<ModuleClasses> found = present(required);

    // then
    assertThat(found).extracting(ModuleClasses::module).containsExactlyElementsOf(required);
    assertThat(found).extracting(ModuleClasses::location).doesNotHaveDuplicates();
    assertThat(found).allSatisfy(m -> assertThat(m.classes()).as(m.module()).isNotEmpty());
  }

  @Test
  void locate_crmTck_isOnTheClassPathSoItIsChecked() {
    // given
    String module = OPTIONAL_MODULE;

    // when
    Optional<ModuleClasses> tck = ModuleClasses.locate(module, KNOWN_CLASSES.get(module));

    // then
    if (tck.isEmpty()) {
      System.err.println(
          "ArchitectureTest: crm-tck is not on the examples class path; not checked");
    }
    assumeThat(tck).as("crm-tck is not a dependency of examples, so no rule checks it").isPresent();
    assertThat(tck.orElseThrow().classes()).isNotEmpty();
  }

  @Test
  void javaSql_outsideJdbcAndExamples_isNotReferenced() {
    // given
    List<ModuleClasses> modules =
        present(
            List.of(
                "crm-core", "crm-spi", "crm-sdk", "crm-inmemory", "crm-tck", "crm-sample-data"));

    // when
    List<String> violations = new ArrayList<>();
    modules.forEach(m -> violations.addAll(sqlViolations(m.classes())));

    // then
    assertNone(violations, "Only crm-jdbc and examples may use java.sql / javax.sql");
  }

  @Test
  void moduleDependencies_anyModule_pointOneWay() {
    // given
    List<ModuleClasses> modules = present(List.copyOf(FORBIDDEN_DEPENDENCIES.keySet()));

    // when
    List<String> violations = new ArrayList<>();
    modules.forEach(m -> violations.addAll(dependencyViolations(m.module(), m.classes())));

    // then
    assertThat(modules).hasSize(FORBIDDEN_DEPENDENCIES.size());
    assertNone(violations, "Module dependencies must point one way");
  }

  @Test
  void clockAndRandomIds_mainClassesOutsideExamples_areNeverCalled() {
    // given: crm-tck is left out; by convention every contract test makes a random TenantId
    List<ModuleClasses> modules =
        present(
            List.of(
                "crm-core", "crm-spi", "crm-sdk", "crm-inmemory", "crm-jdbc", "crm-sample-data"));

    // when
    List<String> violations = new ArrayList<>();
    modules.forEach(m -> violations.addAll(clockViolations(m.classes())));

    // then
    assertNone(violations, "Time and ids are injected (Clock, IdSource)");
  }

  @Test
  void internalPackages_publishedModules_areNotExported() {
    // given
    List<ModuleClasses> modules = present(List.copyOf(KNOWN_CLASSES.keySet()));

    // when
    List<String> violations = new ArrayList<>();
    modules.forEach(
        m ->
            violations.addAll(
                ArchitectureRules.internalExports(ArchitectureRules.descriptor(m.location()))));

    // then
    assertNone(violations, "Internal packages must stay unexported");
  }

  @Test
  void sqlRule_fixtureUsingJdbcTypes_isReported() {
    // given
    List<ClassFile> classes = fixtureClasses();

    // when
    List<String> violations = sqlViolations(classes);

    // then
    assertThat(violations)
        .containsExactlyInAnyOrder(
            FIXTURE + " refers to java/sql/Connection",
            FIXTURE + " refers to javax/sql/DataSource");
  }

  @Test
  void dependencyRule_fixtureNamingSpiSdkAndJdbc_isReportedPerModuleRule() {
    // given
    List<ClassFile> classes = fixtureClasses();

    // when
    List<String> asCore = dependencyViolations("crm-core", classes);
    List<String> asInMemory = dependencyViolations("crm-inmemory", classes);

    // then
    assertThat(asCore)
        .containsExactlyInAnyOrder(
            FIXTURE + " refers to io/rapport/crm/spi/CrmStorage",
            FIXTURE + " refers to io/rapport/crm/sdk/Crm",
            FIXTURE + " refers to io/rapport/crm/jdbc/JdbcStorage");
    assertThat(asInMemory)
        .containsExactlyInAnyOrder(
            FIXTURE + " refers to io/rapport/crm/sdk/Crm",
            FIXTURE + " refers to io/rapport/crm/jdbc/JdbcStorage");
  }

  @Test
  void clockRule_fixtureCallingClockAndRandomIds_isReported() {
    // given
    List<ClassFile> classes = fixtureClasses();

    // when
    List<String> violations = clockViolations(classes);

    // then
    assertThat(violations)
        .containsExactlyInAnyOrder(
            FIXTURE + " calls java/time/Instant.now",
            FIXTURE + " calls java/time/LocalDate.now",
            FIXTURE + " calls java/lang/System.currentTimeMillis",
            FIXTURE + " calls java/util/UUID.randomUUID");
  }

  @Test
  void classRules_realAdapterJars_seeTheirAllowedReferences() {
    // given: the walk of real jars must see what the adapters legitimately use
    List<ModuleClasses> adapters = present(List.of("crm-jdbc", "crm-inmemory"));

    // when
    List<String> jdbcSql = sqlViolations(adapters.get(0).classes());
    List<String> inMemorySpi =
        ArchitectureRules.typeReferences(
            adapters.get(1).classes(), List.of(ArchitectureRules.rapport("spi")));

    // then
    assertThat(jdbcSql).anyMatch(v -> v.endsWith(" refers to javax/sql/DataSource"));
    assertThat(inMemorySpi)
        .contains(
            "io/rapport/crm/inmemory/InMemoryStorage refers to io/rapport/crm/spi/CrmStorage");
  }

  @Test
  void allClassRules_stringLiteralsAndInjectedClock_areNotReported() {
    // given
    List<ClassFile> classes = classesOfTestSources("io/rapport/crm/examples/RuleAbidingFixture");

    // when
    List<String> violations = new ArrayList<>(sqlViolations(classes));
    violations.addAll(dependencyViolations("crm-core", classes));
    violations.addAll(clockViolations(classes));

    // then
    assertThat(classes.get(0).members()).contains("java/time/Clock.instant");
    assertThat(violations).isEmpty();
  }

  @Test
  void exportRule_moduleExportingInternalPackage_isReported(@TempDir Path dir) throws IOException {
    // given
    Path out = compileModule(dir);

    // when
    List<String> violations = ArchitectureRules.internalExports(ArchitectureRules.descriptor(out));

    // then
    assertThat(violations).containsExactly("bad.fixture exports bad.fixture.internal");
  }

  @Test
  void exportRule_qualifiedInternalExportOfCrmCore_isNotReported() {
    // given
    ModuleClasses core = present(List.of("crm-core")).get(0);

    // when
    ModuleDescriptor descriptor = ArchitectureRules.descriptor(core.location());

    // then
    assertThat(descriptor.exports())
        .anyMatch(e -> e.isQualified() && e.source().contains(".internal"));
    assertThat(ArchitectureRules.internalExports(descriptor)).isEmpty();
  }

  @Test
  void exportRule_directoryWithoutModuleInfo_isRejected(@TempDir Path dir) {
    // given: an empty class directory

    // when / then
    assertThatThrownBy(() -> ArchitectureRules.descriptor(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no module-info.class");
  }

  private static List<String> sqlViolations(List<ClassFile> classes) {
    return ArchitectureRules.typeReferences(classes, ArchitectureRules.SQL_PACKAGES);
  }

  private static List<String> dependencyViolations(String module, List<ClassFile> classes) {
    List<String> prefixes =
        FORBIDDEN_DEPENDENCIES.get(module).stream().map(ArchitectureRules::rapport).toList();
    return ArchitectureRules.typeReferences(classes, prefixes);
  }

  private static List<String> clockViolations(List<ClassFile> classes) {
    return ArchitectureRules.memberCalls(classes, ArchitectureRules.CLOCK_AND_RANDOM_ID_CALLS);
  }

  /** The located modules among {@code modules}; the optional crm-tck may be missing. */
  private static List<ModuleClasses> present(List<String> modules) {
    List<ModuleClasses> found = new ArrayList<>();
    for (String module : modules) {
      Optional<ModuleClasses> located = ModuleClasses.locate(module, KNOWN_CLASSES.get(module));
      if (located.isEmpty() && !module.equals(OPTIONAL_MODULE)) {
        throw new IllegalStateException(module + " is not on the examples test class path");
      }
      located.ifPresent(found::add);
    }
    return found;
  }

  private static List<ClassFile> fixtureClasses() {
    return classesOfTestSources(FIXTURE);
  }

  /** The named class, read from this module's test class directory by the same walk. */
  private static List<ClassFile> classesOfTestSources(String internalName) {
    ModuleClasses tests =
        ModuleClasses.locate("examples-tests", RuleBreakingFixture.class.getName()).orElseThrow();
    List<ClassFile> classes =
        tests.classes().stream().filter(c -> c.name().equals(internalName)).toList();
    assertThat(classes).as(internalName).hasSize(1);
    return classes;
  }

  private static Path compileModule(Path dir) throws IOException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");
    Path info =
        write(
            src,
            "module-info.java",
            "module bad.fixture { exports bad.fixture.api;" + " exports bad.fixture.internal; }");
    Path api =
        write(src, "bad/fixture/api/Api.java", "package bad.fixture.api; public class Api {}");
    Path hidden =
        write(
            src,
            "bad/fixture/internal/Hidden.java",
            "package bad.fixture.internal; public class Hidden {}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] args =
        Stream.of("-d", out.toString(), info.toString(), api.toString(), hidden.toString())
            .toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).as("javac exit code").isZero();
    return out;
  }

  private static Path write(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static void assertNone(List<String> violations, String rule) {
    assertThat(violations)
        .withFailMessage(
            () ->
                rule
                    + "; "
                    + violations.size()
                    + " violation(s):\n  "
                    + String.join("\n  ", violations))
        .isEmpty();
  }
}
