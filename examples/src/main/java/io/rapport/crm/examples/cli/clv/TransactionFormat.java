package io.rapport.crm.examples.cli.clv;

/** The layouts {@code rapport clv --format} reads. */
public enum TransactionFormat {
  /**
   * CDNOW_sample.txt: whitespace separated, no header, {@code master_id sample_id YYYYMMDD cds
   * amount}; the customer id is the sample id.
   */
  cdnow,
  /** {@code customer_id,date,amount} with a header row, dates as YYYY-MM-DD. */
  csv,
  /**
   * One already summarised customer per row, {@code id,frequency,recency,T[,monetary]} with a
   * header row, as the lifetimes package writes them: frequency the repeat purchase days, recency
   * and T in weeks, monetary the mean value of the repeat purchases.
   */
  summary
}
