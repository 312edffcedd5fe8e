package io.rapport.crm.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Compiles rule-breaking fixtures at test time, so a rule can be proven to fail on names (Spring,
 * Micrometer, a module descriptor) that the module running the test cannot compile against. Runs
 * the JDK's {@code javac} as a process: crm-core's tests are compiled inside its module, which does
 * not read {@code java.compiler}.
 */
public final class FixtureCompiler {
  private FixtureCompiler() {}

  /**
   * Writes {@code sources} (relative path to text) below {@code dir/src}, compiles them with the
   * running JDK's {@code javac} into {@code dir/out} and returns that directory.
   *
   * @throws IllegalStateException if the sources do not compile, with the compiler's output
   */
  public static Path compile(Path dir, Map<String, String> sources) {
    Path out = dir.resolve("out");
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> args = new ArrayList<>(List.of(javac.toString(), "-d", out.toString()));
    try {
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = dir.resolve("src").resolve(source.getKey());
        Files.createDirectories(file.getParent());
        args.add(Files.writeString(file, source.getValue()).toString());
      }
      Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("fixtures do not compile: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling fixtures", e);
    }
    return out;
  }

  /** The compiled class {@code internalName} (e.g. {@code fixture/Uses}) below {@code out}. */
  public static ClassFile read(Path out, String internalName) {
    try {
      return ClassFile.parse(Files.readAllBytes(out.resolve(internalName + ".class")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
