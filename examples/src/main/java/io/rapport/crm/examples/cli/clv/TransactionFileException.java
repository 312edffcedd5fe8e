package io.rapport.crm.examples.cli.clv;

/** A transaction file row could not be read; the message names the line and the reason. */
public final class TransactionFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long line;

  TransactionFileException(long line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
  }

  /** The 1-based line number of the bad row. */
  public long line() {
    return line;
  }
}
