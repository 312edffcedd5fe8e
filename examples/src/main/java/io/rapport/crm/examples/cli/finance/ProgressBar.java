package io.rapport.crm.examples.cli.finance;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A text progress bar on standard error: {@code [#########...........] 45% 4500/10000 rows}. On a
 * terminal each update redraws the line; otherwise (a pipe, a log) each update is a line of its
 * own, at most one per {@value #STEP_PERCENT} percent.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final int STEP_PERCENT = 10;

  private final PrintWriter err;
  private final long total;
  private final boolean redraw;
  private int lastPercent = -1;

  ProgressBar(PrintWriter err, long total, boolean redraw) {
    this.err = err;
    this.total = total;
    this.redraw = redraw;
  }

  /** Shows that {@code done} of the rows are handled. */
  void update(long done) {
    int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    if (!redraw && percent != 100 && percent / STEP_PERCENT == lastPercent / STEP_PERCENT) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    String text = String.format(Locale.ROOT, "[%s] %3d%%  %d/%d rows", bar, percent, done, total);
    err.print(redraw ? "\r" + text : text + System.lineSeparator());
    err.flush();
  }

  /** Ends the bar's line. */
  void finish() {
    if (redraw) {
      err.println();
      err.flush();
    }
  }
}
