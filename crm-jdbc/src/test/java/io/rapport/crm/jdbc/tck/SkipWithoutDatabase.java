package io.rapport.crm.jdbc.tck;

import io.rapport.crm.jdbc.TestDatabases;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik container whose {@link OnDatabase} database is not configured, with the same notice
 * as the JUnit tests; jqwik would otherwise count every aborted try as rejected and fail.
 */
final class SkipWithoutDatabase implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return context
        .findAnnotation(OnDatabase.class)
        .map(OnDatabase::value)
        .filter(dialect -> !TestDatabases.configured(dialect))
        .map(dialect -> SkipResult.skip(TestDatabases.skipReason(dialect)))
        .orElse(SkipResult.doNotSkip());
  }
}
