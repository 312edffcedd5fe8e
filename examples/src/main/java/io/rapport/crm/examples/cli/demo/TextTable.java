package io.rapport.crm.examples.cli.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: text columns left-aligned, columns whose header starts
 * with {@code >} right-aligned (the marker is not printed). Not thread-safe.
 */
public final class TextTable {
  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headers; a leading {@code >} right-aligns the column. */
  public TextTable(String... headers) {
    this.headers = new String[headers.length];
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
    }
  }

  /** Adds a row; missing cells are blank, null cells print as "-". */
  public TextTable row(Object... cells) {
    String[] row = new String[headers.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length ? (cells[i] == null ? "-" : cells[i].toString()) : "";
    }
    rows.add(row);
    return this;
  }

  /** Prints the header and rows, indented by two spaces. */
  public void print(PrintWriter out) {
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = headers[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    line(out, headers, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
  }

  private void line(PrintWriter out, String[] cells, int[] widths) {
    StringBuilder text = new StringBuilder("  ");
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(widths[i] - cells[i].length());
      text.append(right[i] ? pad + cells[i] : cells[i] + pad);
      text.append(i < cells.length - 1 ? "  " : "");
    }
    out.println(text.toString().stripTrailing());
  }
}
