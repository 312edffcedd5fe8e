package io.rapport.crm.examples;

import io.rapport.crm.architecture.ClassFile;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The cross-module architecture rules, applied to parsed classes and module descriptors. */
final class ArchitectureRules {
  /** JDBC packages: only crm-jdbc and examples may touch them. */
  static final List<String> SQL_PACKAGES = List.of("java/sql/", "javax/sql/");

  /** Calls that read the wall clock or make random ids instead of using the injected ones. */
  static final List<String> CLOCK_AND_RANDOM_ID_CALLS =
      List.of(
          "java/time/Instant.now",
          "java/time/LocalDate.now",
          "java/lang/System.currentTimeMillis",
          "java/util/UUID.randomUUID");

  private ArchitectureRules() {}

  /** The internal name prefix of a Rapport package root, e.g. {@code io/rapport/crm/sdk/}. */
  static String rapport(String root) {
    return "io/rapport/crm/" + root + "/";
  }

  /**
   * One line {@code class refers to type} per type named by {@code classes} that starts with one of
   * {@code forbiddenPrefixes} (internal names, e.g. {@code java/sql/}).
   */
  static List<String> typeReferences(List<ClassFile> classes, List<String> forbiddenPrefixes) {
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
  static List<String> memberCalls(List<ClassFile> classes, List<String> forbiddenMembers) {
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

  /** The module descriptor of a jar or class directory, read with {@link ModuleFinder}. */
  static ModuleDescriptor descriptor(Path location) {
    if (Files.isDirectory(location) && !Files.exists(location.resolve("module-info.class"))) {
      throw new IllegalStateException(location + " has no module-info.class");
    }
    Set<ModuleReference> found;
    try {
      found = ModuleFinder.of(location).findAll();
    } catch (FindException e) {
      throw new IllegalStateException("cannot read the module at " + location, e);
    }
    if (found.size() != 1) {
      throw new IllegalStateException(location + " holds " + found.size() + " modules, not 1");
    }
    return found.iterator().next().descriptor();
  }

  /**
   * One line per unqualified export of a package containing {@code .internal}; an automatic module
   * (a jar without module-info) exports every package and is reported as such.
   */
  static List<String> internalExports(ModuleDescriptor descriptor) {
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
