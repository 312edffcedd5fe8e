package io.rapport.crm.examples.readme;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles README snippets with the JDK's compiler against the test class path. */
final class SnippetCompiler {
  private final Path output;
  private final Map<Integer, Class<?>> compiled = new HashMap<>();

  SnippetCompiler(Path output) {
    this.output = output;
  }

  /**
   * Compiles {@code snippet} into the output directory, once, and loads its class.
   *
   * @throws AssertionError with the compiler's messages when it does not compile
   */
  synchronized Class<?> compile(ReadmeSnippet snippet) {
    Class<?> known = compiled.get(snippet.line());
    if (known == null) {
      known = compileNow(snippet);
      compiled.put(snippet.line(), known);
    }
    return known;
  }

  private Class<?> compileNow(ReadmeSnippet snippet) {
    try {
      Path sources = Files.createDirectories(output.resolve("src"));
      Path file = sources.resolve(snippet.className() + ".java");
      Files.writeString(file, snippet.source(), StandardCharsets.UTF_8);
      Path classes = Files.createDirectories(output.resolve("classes"));
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      StringWriter messages = new StringWriter();
      Boolean ok =
          compiler
              .getTask(
                  messages,
                  null,
                  null,
                  List.of(
                      "--release",
                      "17",
                      "-proc:none",
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      classes.toString()),
                  null,
                  compiler
                      .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                      .getJavaFileObjects(file))
              .call();
      if (!Boolean.TRUE.equals(ok)) {
        throw new AssertionError(
            "README java block at line " + snippet.line() + " does not compile:\n" + messages);
      }
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, SnippetCompiler.class.getClassLoader());
      return Class.forName(snippet.className(), true, loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
