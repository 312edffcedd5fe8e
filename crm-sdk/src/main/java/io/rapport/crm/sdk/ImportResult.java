package io.rapport.crm.sdk;

/**
 * What a bulk import stored.
 *
 * @param recordType the imported record type: {@code customer}, {@code relationship}, {@code
 *     household} or {@code holding}
 * @param imported how many records were stored (each with one audit entry and one event)
 */
public record ImportResult(String recordType, int imported) {}
