package io.rapport.crm.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The architecture rules as functions of compiled classes: each returns one readable line per
 * violation. Which module must follow which rule is declared once, in {@link ModulePolicy}.
 */
public final class ArchitectureRules {
  /** Packages crm-core must not touch: it is the pure domain, JDK only and without I/O. */
  static final List<String> FORBIDDEN_TYPES =
      List.of("java/sql/", "javax/sql/", "java/net/", "java/io/File", "java/nio/file/");

  /** Calls that read the wall clock or make random ids instead of using the injected ones. */
  static final List<String> FORBIDDEN_MEMBERS =
      List.of(
          "java/lang/System.currentTimeMillis",
          "java/time/Instant.now",
          "java/time/LocalDate.now",
          "java/time/LocalDateTime.now",
          "java/time/LocalTime.now",
          "java/time/OffsetDateTime.now",
          "java/time/ZonedDateTime.now",
          "java/time/Clock.systemUTC",
          "java/time/Clock.systemDefaultZone",
          "java/util/UUID.randomUUID");

  /**
   * The one library crm-core may use besides the JDK, and only from its analytics context:
   * Hipparchus, for the model fitting (optimiser and special functions).
   */
  static final String HIPPARCHUS = "org/hipparchus/";

  private ArchitectureRules() {}

  /**
   * One line {@code class refers to type} per type named by {@code classes} that starts with one of
   * {@code forbiddenPrefixes} (internal names, e.g. {@code java/sql/}).
   */
  public static List<String> typeReferences(
      List<ClassFile> classes, List<String> forbiddenPrefixes) {
    List<String> violations = new ArrayList<>();
    for (ClassFile type : classes) {
      for (String referenced : type.typeNames()) {
        if (!referenced.equals(type.name())
            && forbiddenPrefixes.stream().anyMatch(referenced::startsWith)) {
          violations.add(type.name() + " refers to " + referenced);
        }
      }
    }
    return violations;
  }

  /**
   * One line {@code class calls owner.member} per method or field reference of {@code classes} that
   * is in {@code forbiddenMembers} (e.g. {@code java/util/UUID.randomUUID}).
   */
  public static List<String> memberCalls(List<ClassFile> classes, List<String> forbiddenMembers) {
    List<String> violations = new ArrayList<>();
    for (ClassFile type : classes) {
      for (String member : type.members()) {
        if (forbiddenMembers.contains(member)) {
          violations.add(type.name() + " calls " + member);
        }
      }
    }
    return violations;
  }

  /**
   * Violations of "JDK only, plus Hipparchus in analytics": every type a class names is in {@code
   * root} (Rapport itself), in {@code java/}, or in Hipparchus when the class is in {@code root +
   * hipparchusContext}.
   */
  public static List<String> nonJdkReferences(
      List<ClassFile> classes, String root, String hipparchusContext) {
    List<String> violations = new ArrayList<>();
    for (ClassFile type : classes) {
      boolean mayUseHipparchus = type.name().startsWith(root + hipparchusContext);
      for (String referenced : type.typeNames()) {
        boolean allowed =
            referenced.startsWith(root)
                || referenced.startsWith("java/")
                || (mayUseHipparchus && referenced.startsWith(HIPPARCHUS));
        if (!allowed) {
          violations.add(type.name() + " refers to " + referenced);
        }
      }
    }
    return violations;
  }

  /** Every class file below {@code root}. */
  public static List<ClassFile> classesUnder(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<ClassFile> classes = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        if (!file.getFileName().toString().equals("module-info.class")) {
          classes.add(ClassFile.parse(Files.readAllBytes(file)));
        }
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Violations of the JDK-only, injected-time-and-ids rules. */
  public static List<String> forbiddenReferences(List<ClassFile> classes) {
    List<String> violations = new ArrayList<>();
    for (ClassFile type : classes) {
      violations.addAll(type.forbiddenReferences(FORBIDDEN_TYPES, FORBIDDEN_MEMBERS));
    }
    return violations;
  }

  /**
   * Violations of "contexts reach each other only through ids and common": a class in context
   * {@code root/a/...} may name a type of another context {@code root/b/...} only if it is an id.
   */
  public static List<String> crossContextReferences(
      List<ClassFile> classes, String root, Set<String> shared) {
    List<String> violations = new ArrayList<>();
    for (ClassFile type : classes) {
      String context = contextOf(type.name(), root);
      if (context == null || shared.contains(context)) {
        continue;
      }
      for (String referenced : type.typeNames()) {
        String other = contextOf(referenced, root);
        if (other != null
            && !other.equals(context)
            && !shared.contains(other)
            && !isId(referenced)) {
          violations.add(type.name() + " (" + context + ") refers to " + referenced);
        }
      }
    }
    return violations;
  }

  /** Every type of {@code to} that classes of {@code from} name. */
  public static Set<String> references(List<ClassFile> classes, String from, String to) {
    Set<String> found = new TreeSet<>();
    for (ClassFile type : classes) {
      if (type.name().startsWith(from)) {
        type.typeNames().stream()
            .filter(n -> n.startsWith(to))
            .forEach(n -> found.add(type.name() + " -> " + n));
      }
    }
    return found;
  }

  private static String contextOf(String internalName, String root) {
    if (!internalName.startsWith(root)) {
      return null;
    }
    int slash = internalName.indexOf('/', root.length());
    return slash < 0 ? null : internalName.substring(root.length(), slash);
  }

  private static boolean isId(String internalName) {
    String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
    return simple.endsWith("Id") && !simple.contains("$");
  }
}
