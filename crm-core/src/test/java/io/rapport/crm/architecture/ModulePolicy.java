package io.rapport.crm.architecture;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Rapport module follows which architecture rule: the one table every module's own
 * architecture test reads, calling {@link #violationsOf} on its main classes.
 *
 * <ol>
 *   <li>Frameworks stay out of the library: crm-core, crm-spi and crm-sdk never name Spring,
 *       Jackson or Micrometer; their integrations live in modules of their own.
 *   <li>JDBC stays in the adapter: only crm-jdbc names {@code java.sql} or {@code javax.sql}, and
 *       the modules that wire a host's {@code DataSource} into it (examples, crm-benchmarks and the
 *       planned crm-spring-boot-starter). Every other module, including one not named here yet, is
 *       held to it.
 *   <li>Dependencies point one way: each module has the Rapport package roots it must not name.
 *   <li>Time and ids are injected: main classes never read the wall clock or make random ids,
 *       except crm-tck (a random tenant per contract test) and the programs at the edge.
 *   <li>Internal packages are never exported to everyone.
 * </ol>
 *
 * crm-core's stricter rules (JDK only, no I/O, contexts reach each other only through ids and
 * {@code common}) are its own, in {@code CoreArchitectureTest}.
 */
public final class ModulePolicy {
  /** Frameworks the library modules must not name. */
  public static final List<String> FRAMEWORKS =
      List.of("org/springframework/", "com/fasterxml/jackson/", "io/micrometer/");

  /** The modules a host application's code compiles against: framework-free. */
  public static final Set<String> FRAMEWORK_FREE = Set.of("crm-core", "crm-spi", "crm-sdk");

  /** JDBC packages. */
  public static final List<String> SQL = List.of("java/sql/", "javax/sql/");

  /** The adapter, and the modules that wire a host's DataSource into it. */
  public static final Set<String> SQL_ALLOWED =
      Set.of("crm-jdbc", "examples", "crm-benchmarks", "crm-spring-boot-starter");

  /** Calls that read the wall clock or make random ids instead of using the injected ones. */
  public static final List<String> CLOCK_AND_RANDOM_ID_CALLS =
      List.of(
          "java/time/Instant.now",
          "java/time/LocalDate.now",
          "java/time/LocalDateTime.now",
          "java/time/OffsetDateTime.now",
          "java/time/ZonedDateTime.now",
          "java/lang/System.currentTimeMillis",
          "java/util/UUID.randomUUID");

  /** Modules that may read the clock and make random ids: the kit and the programs. */
  public static final Set<String> CLOCK_EXEMPT = Set.of("crm-tck", "examples", "crm-benchmarks");

  /** Package roots no published module names: the programs. */
  private static final List<String> PROGRAMS = List.of("examples", "benchmarks");

  /** Package roots (below io/rapport/crm/) each module must not name, besides the programs. */
  private static final Map<String, List<String>> FORBIDDEN_ROOTS =
      Map.of(
          "crm-core", List.of("spi", "sdk", "inmemory", "jdbc", "tck", "sample"),
          "crm-spi", List.of("sdk", "inmemory", "jdbc", "tck", "sample"),
          "crm-sdk", List.of("inmemory", "jdbc", "tck"),
          "crm-tck", List.of("sdk", "inmemory", "jdbc"),
          "crm-inmemory", List.of("sdk", "jdbc"),
          "crm-jdbc", List.of("sdk", "inmemory"),
          "crm-sample-data", List.of("spi", "sdk", "inmemory", "jdbc", "tck"),
          "crm-jackson", List.of("spi", "sdk", "inmemory", "jdbc", "tck", "sample"),
          "crm-micrometer", List.of("inmemory", "jdbc", "tck", "sample"),
          "crm-spring-boot-starter", List.of("tck", "sample"));

  private ModulePolicy() {}

  /**
   * The violations of every rule that applies to {@code module}, found in its compiled main classes
   * (located through {@code knownClass}) and its module descriptor.
   *
   * @throws IllegalStateException if {@code knownClass} does not live in a location named after
   *     {@code module}, or that location holds no classes: a check of nothing must not pass
   */
  public static List<String> violationsOf(String module, Class<?> knownClass) {
    ModuleClasses located =
        ModuleClasses.locate(module, knownClass.getName())
            .orElseThrow(() -> new IllegalStateException(knownClass + " is not loadable"));
    if (!located.location().toString().contains(module)) {
      throw new IllegalStateException(knownClass + " lives in " + located.location());
    }
    List<ClassFile> classes = located.classes();
    if (classes.isEmpty()) {
      throw new IllegalStateException(module + " has no classes at " + located.location());
    }
    List<String> violations = new ArrayList<>(violations(module, classes));
    violations.addAll(internalExports(located.descriptor()));
    return violations;
  }

  /** The violations of the class rules that apply to {@code module}, found in {@code classes}. */
  public static List<String> violations(String module, List<ClassFile> classes) {
    List<String> violations = new ArrayList<>();
    violations.addAll(ArchitectureRules.typeReferences(classes, forbiddenTypes(module)));
    if (!CLOCK_EXEMPT.contains(module)) {
      violations.addAll(ArchitectureRules.memberCalls(classes, CLOCK_AND_RANDOM_ID_CALLS));
    }
    return violations;
  }

  /** The internal-name prefixes {@code module} must not name. */
  public static List<String> forbiddenTypes(String module) {
    List<String> prefixes = new ArrayList<>();
    if (FRAMEWORK_FREE.contains(module)) {
      prefixes.addAll(FRAMEWORKS);
    }
    if (!SQL_ALLOWED.contains(module)) {
      prefixes.addAll(SQL);
    }
    if (!PROGRAMS.contains(module.replace("crm-", ""))) {
      PROGRAMS.forEach(root -> prefixes.add(rapport(root)));
    }
    FORBIDDEN_ROOTS.getOrDefault(module, List.of()).forEach(root -> prefixes.add(rapport(root)));
    return prefixes;
  }

  /** The internal name prefix of a Rapport package root, e.g. {@code io/rapport/crm/sdk/}. */
  public static String rapport(String root) {
    return "io/rapport/crm/" + root + "/";
  }

  /**
   * One line per unqualified export of a package containing {@code .internal}; an automatic module
   * (a jar without module-info) exports every package and is reported as such.
   */
  public static List<String> internalExports(ModuleDescriptor descriptor) {
    List<String> violations = new ArrayList<>();
    if (descriptor.isAutomatic()) {
      violations.add(descriptor.name() + " has no module-info, so it exports every package");
      return violations;
    }
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (!export.isQualified() && export.source().contains(".internal")) {
        violations.add(descriptor.name() + " exports " + export.source());
      }
    }
    return violations;
  }
}
