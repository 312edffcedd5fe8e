package io.rapport.crm.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fenced {@code java} block of README.md compiles and runs: standalone blocks as they are,
 * the others on the in-memory adapter and on H2, with the quick start's {@code crm} and {@code
 * caller}. The README cannot drift from the code without this test failing.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final SnippetCompiler COMPILER =
      new SnippetCompiler(Path.of("target", "readme-snippets"));

  @Test
  void readme_hasJavaBlocks_andEveryBlockIsCovered() throws IOException {
    // given
    List<ReadmeSnippet> snippets = snippets();

    // then: the quick start is standalone, and most blocks continue it
    assertThat(snippets).hasSizeGreaterThan(10);
    assertThat(snippets.get(0).standalone()).isTrue();
    assertThat(snippets).filteredOn(snippet -> !snippet.standalone()).hasSizeGreaterThan(8);
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlock_compilesAndRuns() throws IOException {
    return snippets().stream().flatMap(ReadmeSnippetsTest::runs);
  }

  private static Stream<DynamicTest> runs(ReadmeSnippet snippet) {
    if (snippet.standalone()) {
      return Stream.of(
          DynamicTest.dynamicTest(
              "README line " + snippet.line() + " (standalone)",
              () -> invoke(snippet, COMPILER.compile(snippet).getMethod("run"))));
    }
    return Stream.of(
        DynamicTest.dynamicTest(
            "README line " + snippet.line() + " on in-memory",
            () -> run(snippet, Crm.builder().storage(InMemoryStorage.create()).build())),
        DynamicTest.dynamicTest(
            "README line " + snippet.line() + " on H2",
            () -> run(snippet, Crm.builder().storage(JdbcStorage.builder(h2()).build()).build())));
  }

  private static void run(ReadmeSnippet snippet, Crm crm) throws Throwable {
    Caller caller = Caller.of(TenantId.of("bank-a"), Actor.user("rm-17"));
    Method run = COMPILER.compile(snippet).getMethod("run", Crm.class, Caller.class);
    invoke(snippet, run, crm, caller);
  }

  private static void invoke(ReadmeSnippet snippet, Method run, Object... arguments)
      throws Throwable {
    try {
      run.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          "README java block at line " + snippet.line() + " throws", e.getCause());
    }
  }

  private static JdbcDataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:readme-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  private static List<ReadmeSnippet> snippets() throws IOException {
    return ReadmeSnippet.parse(Files.readAllLines(README, StandardCharsets.UTF_8));
  }
}
