package io.rapport.crm.jdbc.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.CustomerRepositoryContract;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every contract class of crm-tck runs here on each database: a new contract without its H2,
 * PostgreSQL and MariaDB subclasses fails this test instead of going unnoticed.
 */
class TckCoverageTest {
  private static final String PACKAGE = "io/rapport/crm/tck/";
  private static final List<String> DATABASES = List.of("H2", "Postgres", "MariaDb");

  @Test
  void everyContractOfTheKit_hasASubclassPerDatabase() throws Exception {
    // given
    List<Class<?>> contracts = contracts();

    // when
    List<String> missing = new ArrayList<>();
    for (Class<?> contract : contracts) {
      String base = contract.getSimpleName().replaceFirst("Contract$", "");
      for (String database : DATABASES) {
        String name = getClass().getPackageName() + "." + database + base + "Test";
        if (!isSubclass(name, contract)) {
          missing.add(name);
        }
      }
    }

    // then
    assertThat(contracts).contains(CustomerRepositoryContract.class);
    assertThat(missing).isEmpty();
  }

  private static boolean isSubclass(String name, Class<?> contract) {
    try {
      return contract.isAssignableFrom(Class.forName(name));
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The abstract classes of the kit's API package that ask for a {@link CrmStorage}. */
  private static List<Class<?>> contracts() throws Exception {
    List<Class<?>> contracts = new ArrayList<>();
    for (String entry : classFiles()) {
      String simpleName = entry.substring(PACKAGE.length(), entry.length() - ".class".length());
      if (simpleName.contains("$")
          || simpleName.contains("/")
          || simpleName.equals("module-info")) {
        continue;
      }
      Class<?> type = Class.forName(entry.replace('/', '.').replace(".class", ""));
      if (Modifier.isAbstract(type.getModifiers()) && declaresStorage(type)) {
        contracts.add(type);
      }
    }
    return contracts;
  }

  private static boolean declaresStorage(Class<?> type) {
    try {
      return type.getDeclaredMethod("storage").getReturnType() == CrmStorage.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Class file names under the kit's package, from its jar or classes directory. */
  private static List<String> classFiles() throws IOException, URISyntaxException {
    Path location =
        Path.of(
            CustomerRepositoryContract.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(PACKAGE))) {
        files.forEach(file -> names.add(PACKAGE + file.getFileName()));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          names.add(entries.nextElement().getName());
        }
      }
    }
    return names.stream().filter(n -> n.startsWith(PACKAGE) && n.endsWith(".class")).toList();
  }
}
