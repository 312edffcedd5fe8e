package io.rapport.crm.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether every module of the build runs the module rules on itself: a module with main code needs
 * a test source calling {@code ModulePolicy.violationsOf("<module>", ...)}. So a module added later
 * (crm-jackson, crm-micrometer, a Spring Boot starter) fails the build until it checks itself.
 */
final class ModuleRuleCoverage {
  /**
   * The programs at the edge: {@code ModulePolicy} forbids them nothing (they may wire a
   * DataSource, read the clock and name every module), so they have no rules test.
   */
  private static final Set<String> EXEMPT = Set.of("examples", "crm-benchmarks");

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  private ModuleRuleCoverage() {}

  /** The modules listed in {@code root/pom.xml} that have main code. */
  static List<String> modulesWithCode(Path root) {
    String pom = read(root.resolve("pom.xml"));
    Matcher matcher = MODULE.matcher(pom);
    return matcher
        .results()
        .map(m -> m.group(1).trim())
        .filter(module -> Files.isDirectory(root.resolve(module).resolve("src/main/java")))
        .toList();
  }

  /** The modules with main code, not exempt, whose tests never check them against the rules. */
  static List<String> uncheckedModules(Path root) {
    return modulesWithCode(root).stream()
        .filter(module -> !EXEMPT.contains(module))
        .filter(module -> !checksItself(root.resolve(module), module))
        .toList();
  }

  /** Writes a build of two modules below {@code root}; only {@code crm-checked} checks itself. */
  static void writeFixtureBuild(Path root) {
    write(
        root.resolve("pom.xml"),
        "<modules><module>crm-checked</module><module>crm-unchecked</module></modules>");
    for (String module : List.of("crm-checked", "crm-unchecked")) {
      write(root.resolve(module).resolve("src/main/java/x/Main.java"), "package x; class Main {}");
    }
    write(
        root.resolve("crm-checked/src/test/java/x/CheckedArchitectureTest.java"),
        "class T { Object v = ModulePolicy.violationsOf(\"crm-checked\", Main.class); }");
    write(
        root.resolve("crm-unchecked/src/test/java/x/OtherTest.java"),
        "class T { Object v = ModulePolicy.violationsOf(\"crm-checked\", Main.class); }");
  }

  private static boolean checksItself(Path moduleDir, String module) {
    Path tests = moduleDir.resolve("src/test/java");
    if (!Files.isDirectory(tests)) {
      return false;
    }
    String call = "ModulePolicy.violationsOf(\"" + module + "\"";
    try (Stream<Path> files = Files.walk(tests)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .anyMatch(file -> read(file).contains(call));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
