package io.rapport.crm.compliance;

import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;

/**
 * What a subject-access export is: its format, the tenant, the person (data subject) and when it
 * was made.
 *
 * @param format the document format and version, {@value #FORMAT}
 * @param tenant the tenant whose records were read
 * @param subject the customer the export is about
 * @param exportedAt when the export started
 */
public record SubjectExportHeader(
    String format, TenantId tenant, CustomerId subject, Instant exportedAt) {
  /** The format of this version of the export. */
  public static final String FORMAT = "rapport-subject-export/1";

  /** Checks that every part is present. */
  public SubjectExportHeader {
    Checks.text(format, "format", 100);
    Checks.notNull(tenant, "tenant");
    Checks.notNull(subject, "subject");
    Checks.notNull(exportedAt, "exportedAt");
  }

  /** A header of the current {@link #FORMAT}. */
  public static SubjectExportHeader of(TenantId tenant, CustomerId subject, Instant exportedAt) {
    return new SubjectExportHeader(FORMAT, tenant, subject, exportedAt);
  }
}
