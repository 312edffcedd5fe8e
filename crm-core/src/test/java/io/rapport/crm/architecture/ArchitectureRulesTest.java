package io.rapport.crm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.architecture.fixture.CleanClass;
import io.rapport.crm.architecture.fixture.ForbiddenCalls;
import io.rapport.crm.architecture.fixture.alpha.UsesBetaEntity;
import io.rapport.crm.architecture.fixture.alpha.UsesBetaId;
import io.rapport.crm.architecture.fixture.beta.BetaEntity;
import io.rapport.crm.architecture.fixture.beta.BetaId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules themselves find violations: run them on fixture classes that break them on purpose. */
class ArchitectureRulesTest {
  private static final String FIXTURE_ROOT = "io/rapport/crm/architecture/fixture/";

  @Test
  void forbiddenReferences_classUsingIoClockAndRandomIds_isReported() {
    // given
    ClassFile forbidden = read(ForbiddenCalls.class);

    // when
    List<String> violations = ArchitectureRules.forbiddenReferences(List.of(forbidden));

    // then
    String name = "io/rapport/crm/architecture/fixture/ForbiddenCalls";
    assertThat(violations)
        .contains(
            name + " refers to java/net/URI",
            name + " refers to java/io/File",
            name + " refers to java/nio/file/Path",
            name + " calls java/time/Instant.now",
            name + " calls java/time/LocalDate.now",
            name + " calls java/util/UUID.randomUUID",
            name + " calls java/lang/System.currentTimeMillis");
  }

  @Test
  void forbiddenReferences_classUsingJavaSql_isReported() throws IOException {
    // given: a JDK class of the java.sql module, which crm-core itself cannot even compile against
    ClassFile driverManager;
    try (InputStream in = ClassLoader.getSystemResourceAsStream("java/sql/DriverManager.class")) {
      assertThat(in).isNotNull();
      driverManager = ClassFile.parse(in.readAllBytes());
    }

    // when
    List<String> violations = ArchitectureRules.forbiddenReferences(List.of(driverManager));

    // then
    assertThat(violations).contains("java/sql/DriverManager refers to java/sql/Connection");
  }

  @Test
  void forbiddenReferences_stringLiteralsAndInjectedClock_areNotReported() {
    // given
    ClassFile clean = read(CleanClass.class);

    // when
    List<String> violations = ArchitectureRules.forbiddenReferences(List.of(clean));

    // then
    assertThat(clean.members()).contains("java/time/Clock.instant");
    assertThat(violations).isEmpty();
  }

  @Test
  void crossContextReferences_nonIdTypeOfAnotherContext_isReported() {
    // given
    List<ClassFile> classes =
        List.of(
            read(UsesBetaEntity.class),
            read(UsesBetaId.class),
            read(BetaEntity.class),
            read(BetaId.class));

    // when
    List<String> violations =
        ArchitectureRules.crossContextReferences(classes, FIXTURE_ROOT, Set.of("common"));
    Set<String> alphaToBeta =
        ArchitectureRules.references(classes, FIXTURE_ROOT + "alpha/", FIXTURE_ROOT + "beta/");

    // then
    assertThat(violations)
        .containsExactly(
            FIXTURE_ROOT
                + "alpha/UsesBetaEntity (alpha) refers to "
                + FIXTURE_ROOT
                + "beta/BetaEntity");
    assertThat(alphaToBeta)
        .containsExactlyInAnyOrder(
            FIXTURE_ROOT + "alpha/UsesBetaEntity -> " + FIXTURE_ROOT + "beta/BetaEntity",
            FIXTURE_ROOT + "alpha/UsesBetaId -> " + FIXTURE_ROOT + "beta/BetaId");
  }

  private static ClassFile read(Class<?> type) {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return ClassFile.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void nonJdkReferences_classOutsideAnalyticsUsingAssertJ_isReported() {
    // given: this test class names org/assertj types and is not in an analytics package
    ClassFile test = read(ArchitectureRulesTest.class);
    ClassFile clean = read(CleanClass.class);

    // when
    List<String> violations =
        ArchitectureRules.nonJdkReferences(List.of(test, clean), "io/rapport/crm/", "analytics/");

    // then
    assertThat(violations)
        .anyMatch(
            v ->
                v.startsWith(
                    "io/rapport/crm/architecture/ArchitectureRulesTest refers to org/assertj/"))
        .noneMatch(v -> v.startsWith(FIXTURE_ROOT + "CleanClass"));
  }
}
