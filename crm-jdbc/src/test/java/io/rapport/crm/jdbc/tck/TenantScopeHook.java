package io.rapport.crm.jdbc.tck;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The jqwik side of {@link TenantScopeExtension}: after each property, checks the statements the
 * shared storages sent while it ran and fails the property when one lacks its tenant predicate.
 */
final class TenantScopeHook implements AroundPropertyHook {
  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    TenantScopeExtension.checkRecorded();
    PropertyExecutionResult result = property.execute();
    try {
      TenantScopeExtension.checkRecorded();
    } catch (AssertionError unscoped) {
      return result.mapToFailed(unscoped);
    }
    return result;
  }
}
