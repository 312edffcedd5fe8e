package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.RecordingDataSource;
import io.rapport.crm.jdbc.TestDatabases;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every JUnit test of this module, checks each statement the recorded storages sent during
 * the test (the shared ones of {@code TestDatabases.shared}, and those built over {@code
 * TestDatabases.recording}) with {@link TenantPredicates}, and fails the test when one lacks its
 * tenant predicate. Registered for every test class through JUnit's extension auto-detection
 * ({@code META-INF/services}, {@code junit-platform.properties}); jqwik classes get the same check
 * from {@link TenantScopeHook}.
 */
public final class TenantScopeExtension implements AfterEachCallback {
  /** Made by JUnit's service loader. */
  public TenantScopeExtension() {}

  @Override
  public void afterEach(ExtensionContext context) {
    checkRecorded();
  }

  /**
   * Checks, and forgets, the statements recorded since the last check.
   *
   * @throws AssertionError naming the unscoped statements
   */
  static void checkRecorded() {
    List<String> statements = new ArrayList<>();
    for (RecordingDataSource recorder : TestDatabases.recorders()) {
      statements.addAll(recorder.drain());
    }
    Set<String> violations = new LinkedHashSet<>();
    for (String statement : statements) {
      TenantPredicates.violation(statement)
          .ifPresent(why -> violations.add(why + ": " + statement.replaceAll("\\s+", " ")));
    }
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Statements without a tenant predicate:\n  " + String.join("\n  ", violations));
    }
  }
}
