package io.rapport.crm.examples.cli.finance;

import io.rapport.crm.sdk.FinanceImportResult;
import io.rapport.crm.sdk.RowIssue;
import io.rapport.crm.sdk.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The running totals of one file import and its problem rows by line number; keeps the first
 * {@value #MAX_LISTED} problems of each sort for the summary and counts the rest.
 */
final class ImportReport {
  static final int MAX_LISTED = 200;

  private long imported;
  private long alreadyPresent;
  private long conflicting;
  private long rejected;
  private final List<Problem> conflicts = new ArrayList<>();
  private final List<Problem> rejections = new ArrayList<>();

  /** A problem row: its line number and what was wrong. */
  private record Problem(long line, String text) {}

  /** A line the file reader could not turn into a row. */
  void unreadable(long line, String reason) {
    rejected++;
    note(rejections, new Problem(line, reason));
  }

  /** Adds the result of importing rows whose lines are {@code lines} (by row index). */
  void add(FinanceImportResult result, List<Long> lines) {
    imported += result.imported();
    alreadyPresent += result.alreadyPresent();
    conflicting += result.conflicts().size();
    rejected += result.rejected().size();
    for (RowIssue issue : result.conflicts()) {
      note(conflicts, describe(issue, lines));
    }
    for (RowIssue issue : result.rejected()) {
      note(rejections, describe(issue, lines));
    }
  }

  /** Whether every row was imported now or before. */
  boolean clean() {
    return conflicting == 0 && rejected == 0;
  }

  long rows() {
    return imported + alreadyPresent + conflicting + rejected;
  }

  void print(PrintWriter out) {
    out.printf(
        "Imported %d, already present %d, conflicting %d, rejected %d (of %d rows)%n",
        imported, alreadyPresent, conflicting, rejected, rows());
    list(out, "Rejected rows (never stored):", rejections, rejected);
    list(
        out,
        "Conflicting rows (key stored with other values; stored values kept):",
        conflicts,
        conflicting);
  }

  private static void list(PrintWriter out, String title, List<Problem> lines, long count) {
    if (lines.isEmpty()) {
      return;
    }
    out.println(title);
    lines.stream()
        .sorted(Comparator.comparingLong(Problem::line))
        .forEach(problem -> out.println("  line " + problem.line() + ": " + problem.text()));
    if (count > lines.size()) {
      out.println("  ... and " + (count - lines.size()) + " more");
    }
  }

  private static void note(List<Problem> list, Problem problem) {
    if (list.size() < MAX_LISTED) {
      list.add(problem);
    }
  }

  private static Problem describe(RowIssue issue, List<Long> lines) {
    return new Problem(
        lines.get((int) issue.index()),
        issue.reasons().stream().map(ImportReport::reason).collect(Collectors.joining("; ")));
  }

  private static String reason(Violation violation) {
    String column = Columns.of(violation.path());
    return column + ": " + violation.message() + " [" + violation.rule() + "]";
  }
}
