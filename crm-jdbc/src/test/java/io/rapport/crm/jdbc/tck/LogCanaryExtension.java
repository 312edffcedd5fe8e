package io.rapport.crm.jdbc.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * PII canaries over every JUnit test of this module, the whole crm-tck on each database included:
 * while a test runs, standard error (where slf4j-simple and the drivers' logging write) is copied
 * to a buffer as well, and the test fails if that copy holds a personal value of the kit's and this
 * module's fixtures (names, national ids, e-mail local parts, phone digits, postcodes, account
 * numbers). Registered with {@link TenantScopeExtension} through JUnit's extension auto-detection.
 */
public final class LogCanaryExtension implements BeforeEachCallback, AfterEachCallback {
  /** The fixtures' personal values, lower-cased; none is a word Rapport writes itself. */
  static final List<String> CANARIES =
      List.of(
          "hartley",
          "amelia",
          "qq123456c",
          "qq1234",
          "7946 0",
          "7946-0018",
          "79460",
          "baker's row",
          "nw1 6xe",
          "n1 9gu",
          "e14 5ab",
          "sav-6016133192",
          "gb29nwbk",
          "anna lee",
          "sam lee",
          "qzxcanary");

  private static final Namespace NAMESPACE = Namespace.create(LogCanaryExtension.class);

  /** Made by JUnit's service loader. */
  public LogCanaryExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(new Tee(original, copy), true, StandardCharsets.UTF_8));
    context.getStore(NAMESPACE).put("original", original);
    context.getStore(NAMESPACE).put("copy", copy);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    PrintStream original = context.getStore(NAMESPACE).remove("original", PrintStream.class);
    ByteArrayOutputStream copy =
        context.getStore(NAMESPACE).remove("copy", ByteArrayOutputStream.class);
    if (original == null || copy == null) {
      return;
    }
    System.setErr(original);
    canaryIn(copy.toString(StandardCharsets.UTF_8))
        .ifPresent(
            canary -> {
              throw new AssertionError("Standard error holds the fixture value '" + canary + "'");
            });
  }

  /** The first canary {@code logged} holds, ignoring case. */
  static Optional<String> canaryIn(String logged) {
    String lower = logged.toLowerCase(Locale.ROOT);
    return CANARIES.stream().filter(lower::contains).findFirst();
  }

  /** Writes to both streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }
  }
}
