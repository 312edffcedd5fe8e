package io.rapport.crm.compliance;

/**
 * Receives everything stored about one person, section by section, as an export reads it: {@link
 * #begin}, then for each {@link SubjectSection} in declaration order {@link #beginSection}, its
 * records one by one through {@link #record}, and {@link #endSection}; finally {@link #end}. Every
 * section is visited, empty or not. Records arrive as the domain's own immutable values ({@code
 * Customer}, {@code Relationship}, {@code Household}, {@code Holding}, {@code Lead}, {@code
 * Opportunity}, {@code StageChange}, {@code ConsentRecord}, {@code CampaignMember}, {@code
 * Segment}, {@code CustomerScore}, {@code FinancialEvent}, {@code AuditEntry}), page by page, so a
 * visitor that writes them out as they come holds no more than one page in memory.
 *
 * <p>An exception thrown by the visitor stops the export and reaches its caller. A visitor is used
 * by one export at a time, on the export's thread.
 */
public interface SubjectDataVisitor {
  /** The export starts. */
  void begin(SubjectExportHeader header);

  /** The records of {@code section} follow. */
  void beginSection(SubjectSection section);

  /** One record of the current section. */
  void record(Object record);

  /** The current section has no more records. */
  void endSection(SubjectSection section);

  /** The export is complete. */
  void end();
}
