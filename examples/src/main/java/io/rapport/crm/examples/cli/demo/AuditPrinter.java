package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.ChainVerification;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Prints a customer's audit history (values masked by the SDK) and verifies the tenant's chain. */
final class AuditPrinter {
  private static final int MAX_FIELDS_LISTED = 4;

  private AuditPrinter() {}

  /** Prints every audit entry about the customer, oldest first, then the last one's changes. */
  static void history(PrintWriter out, Crm crm, Caller caller, CustomerId customer) {
    List<AuditEntry> entries = crm.audit().history(caller, customer);
    TextTable table = new TextTable(">seq", "at", "actor", "action", "reason", "changed fields");
    for (AuditEntry entry : entries) {
      table.row(
          entry.sequence(),
          entry.at(),
          entry.actor(),
          entry.action(),
          entry.reason() == null ? "" : entry.reason(),
          fields(entry.changes()));
    }
    table.print(out);
    if (!entries.isEmpty()) {
      AuditEntry last = entries.get(entries.size() - 1);
      out.println();
      out.println(
          "  Changes of entry "
              + last.sequence()
              + " (masked; stored sealed with the customer's key)");
      TextTable changes = new TextTable("field", "old", "new");
      for (FieldChange change : last.changes()) {
        changes.row(change.field(), shorten(change.oldValue()), shorten(change.newValue()));
      }
      changes.print(out);
      out.println(
          "  hash " + shorten(last.hash()) + " <- previous " + shorten(last.previousHash()));
    }
  }

  /** Verifies the tenant's whole chain and prints the outcome with its duration. */
  static ChainVerification verify(PrintWriter out, Crm crm, Caller caller) {
    long start = System.nanoTime();
    ChainVerification result = crm.audit().verify(caller.tenant());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (result.intact()) {
      out.println(
          "  intact: "
              + Format.count(result.entriesChecked())
              + " entries checked in "
              + Format.duration(took));
    } else {
      out.println(
          "  BROKEN at sequence "
              + result.brokenAtSequence()
              + ": "
              + result.problem()
              + " ("
              + Format.count(result.entriesChecked())
              + " entries checked)");
    }
    return result;
  }

  private static String fields(List<FieldChange> changes) {
    String listed =
        changes.stream()
            .limit(MAX_FIELDS_LISTED)
            .map(FieldChange::field)
            .collect(Collectors.joining(", "));
    return changes.size() > MAX_FIELDS_LISTED
        ? changes.size() + " fields: " + listed + ", ..."
        : listed;
  }

  private static String shorten(String value) {
    if (value == null) {
      return null;
    }
    String oneLine = value.replace('\n', ' ');
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }
}
