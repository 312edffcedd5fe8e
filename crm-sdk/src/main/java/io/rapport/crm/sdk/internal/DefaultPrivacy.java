package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.SubjectDataVisitor;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Privacy;
import io.rapport.crm.sdk.internal.validation.Arguments;

/** {@link Privacy} over the SDK's command runner. Thread-safe. */
public final class DefaultPrivacy implements Privacy {
  private final SubjectExporter exporter;

  /** The privacy use cases. */
  public DefaultPrivacy(CommandRunner runner) {
    this.exporter = new SubjectExporter(runner);
  }

  @Override
  public void export(Caller caller, CustomerId customer, SubjectDataVisitor visitor) {
    Arguments.notNull("export", caller, "caller");
    Arguments.notNull("export", customer, "customer");
    Arguments.notNull("export", visitor, "visitor");
    exporter.export(caller, customer, visitor);
  }
}
