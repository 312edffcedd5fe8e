package io.rapport.crm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module rules fail where they should: run on fixtures compiled against stand-ins for Spring,
 * Jackson and Micrometer, and against the JDK's JDBC types.
 */
class ModulePolicyTest {
  private static final String FRAMEWORKS = "fixture/UsesFrameworks";
  private static final String JDBC = "fixture/UsesJdbc";

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void compileFixtures() {
    out =
        FixtureCompiler.compile(
            dir,
            Map.of(
                "org/springframework/context/ApplicationContext.java",
                "package org.springframework.context; public interface ApplicationContext {}",
                "com/fasterxml/jackson/databind/ObjectMapper.java",
                "package com.fasterxml.jackson.databind; public class ObjectMapper {}",
                "io/micrometer/core/instrument/MeterRegistry.java",
                "package io.micrometer.core.instrument; public interface MeterRegistry {}",
                "fixture/UsesFrameworks.java",
                """
                package fixture;
                import com.fasterxml.jackson.databind.ObjectMapper;
                import io.micrometer.core.instrument.MeterRegistry;
                import org.springframework.context.ApplicationContext;
                public class UsesFrameworks {
                  ApplicationContext context;
                  ObjectMapper mapper;
                  MeterRegistry registry;
                }
                """,
                "fixture/UsesJdbc.java",
                """
                package fixture;
                import java.sql.Connection;
                import javax.sql.DataSource;
                public class UsesJdbc {
                  Connection connection;
                  DataSource dataSource;
                }
                """));
  }

  @Test
  void frameworkRule_springJacksonAndMicrometer_areReportedInCoreSpiAndSdkOnly() {
    // given
    List<ClassFile> classes = List.of(FixtureCompiler.read(out, FRAMEWORKS));
    List<String> expected =
        List.of(
            FRAMEWORKS + " refers to org/springframework/context/ApplicationContext",
            FRAMEWORKS + " refers to com/fasterxml/jackson/databind/ObjectMapper",
            FRAMEWORKS + " refers to io/micrometer/core/instrument/MeterRegistry");

    // when / then
    assertReported(classes, List.of("crm-core", "crm-spi", "crm-sdk"), expected);
    assertReported(
        classes,
        List.of("crm-jdbc", "crm-jackson", "crm-micrometer", "crm-spring-boot-starter"),
        List.of());
  }

  @Test
  void sqlRule_jdbcTypes_areReportedOutsideJdbcAndTheModulesWiringADataSource() {
    // given: a module nobody has named yet is held to the rule too
    List<ClassFile> classes = List.of(FixtureCompiler.read(out, JDBC));
    List<String> expected =
        List.of(JDBC + " refers to java/sql/Connection", JDBC + " refers to javax/sql/DataSource");

    // when / then
    assertReported(
        classes,
        List.of(
            "crm-core",
            "crm-spi",
            "crm-sdk",
            "crm-tck",
            "crm-inmemory",
            "crm-sample-data",
            "crm-jackson",
            "crm-micrometer",
            "crm-not-yet-named"),
        expected);
    assertReported(
        classes,
        List.of("crm-jdbc", "examples", "crm-benchmarks", "crm-spring-boot-starter"),
        List.of());
  }

  @Test
  void forbiddenTypes_anyPublishedModule_includesThePrograms() {
    // when
    List<String> unnamed = ModulePolicy.forbiddenTypes("crm-not-yet-named");
    List<String> examples = ModulePolicy.forbiddenTypes("examples");

    // then
    assertThat(unnamed).contains("io/rapport/crm/examples/", "io/rapport/crm/benchmarks/");
    assertThat(examples).doesNotContain("io/rapport/crm/examples/");
  }

  /** Each of {@code modules}, checked on {@code classes}, reports exactly {@code expected}. */
  private static void assertReported(
      List<ClassFile> classes, List<String> modules, List<String> expected) {
    for (String module : modules) {
      assertThat(ModulePolicy.violations(module, classes))
          .as(module)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
