/**
 * Jackson support for Rapport: {@code RapportModule} serializes the domain's value types and
 * records (typed ids, money, personal-data types, customers, leads, opportunities, consent and
 * audit records), and {@code JsonSubjectExport} writes a subject-access export as one streamed JSON
 * document. Depends on crm-core only.
 */
module io.rapport.crm.jackson {
  requires transitive io.rapport.crm.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.rapport.crm.jackson;
}
