package io.rapport.crm.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The compiled classes of one Rapport module, found through the code source (jar or class
 * directory) of a class known to live in it.
 *
 * @param module the Maven module name, e.g. {@code crm-spi}
 * @param location the jar or class directory holding the module
 */
public record ModuleClasses(String module, Path location) {

  /**
   * Locates the module holding {@code knownClass} on the test class path.
   *
   * @return empty if the class is not on the class path
   */
  public static Optional<ModuleClasses> locate(String module, String knownClass) {
    Class<?> type;
    try {
      type = Class.forName(knownClass, false, ModuleClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException(knownClass + " has no code source");
    }
    try {
      return Optional.of(new ModuleClasses(module, Path.of(source.getLocation().toURI())));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad code source of " + knownClass, e);
    }
  }

  /** Every class of the module except module-info, parsed; versioned jar entries are skipped. */
  public List<ClassFile> classes() {
    try {
      return Files.isDirectory(location) ? fromDirectory() : fromJar();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  /** This module's descriptor; see {@link #descriptorAt(Path)}. */
  public ModuleDescriptor descriptor() {
    return descriptorAt(location);
  }

  /**
   * The module descriptor of a jar or class directory, read with {@link ModuleFinder}.
   *
   * @throws IllegalStateException if the directory has no module-info.class or the location holds
   *     no single module
   */
  public static ModuleDescriptor descriptorAt(Path location) {
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

  private List<ClassFile> fromDirectory() throws IOException {
    List<ClassFile> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(location)) {
      for (Path file : files.filter(p -> isClass(location.relativize(p).toString())).toList()) {
        classes.add(ClassFile.parse(Files.readAllBytes(file)));
      }
    }
    return classes;
  }

  private List<ClassFile> fromJar() throws IOException {
    List<ClassFile> classes = new ArrayList<>();
    try (ZipFile jar = new ZipFile(location.toFile())) {
      Enumeration<? extends ZipEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && isClass(entry.getName())) {
          try (InputStream in = jar.getInputStream(entry)) {
            classes.add(ClassFile.parse(in.readAllBytes()));
          }
        }
      }
    }
    return classes;
  }

  private static boolean isClass(String relativeName) {
    String name = relativeName.replace('\\', '/');
    return name.endsWith(".class")
        && !name.startsWith("META-INF/")
        && !name.endsWith("module-info.class");
  }
}
