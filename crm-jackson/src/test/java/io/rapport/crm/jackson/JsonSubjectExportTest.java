package io.rapport.crm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.SubjectExportHeader;
import io.rapport.crm.compliance.SubjectSection;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.finance.Purchase;
import io.rapport.crm.party.Customer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSubjectExportTest {
  private static final Instant EXPORTED = Instant.parse("2025-06-01T12:00:00Z");
  private final ObjectMapper mapper = new ObjectMapper().registerModule(RapportModule.unmasked());

  private static Map<SubjectSection, List<Object>> everySection() {
    Map<SubjectSection, List<Object>> records = new EnumMap<>(SubjectSection.class);
    records.put(SubjectSection.CUSTOMER, List.of(DomainSamples.customer()));
    records.put(SubjectSection.RELATIONSHIPS, List.of(DomainSamples.relationship()));
    records.put(SubjectSection.HOUSEHOLDS, List.of(DomainSamples.household()));
    records.put(SubjectSection.HOLDINGS, List.of(DomainSamples.holding()));
    records.put(SubjectSection.LEADS, List.of(DomainSamples.convertedLead()));
    records.put(
        SubjectSection.OPPORTUNITIES,
        List.of(DomainSamples.wonOpportunity(), DomainSamples.lostOpportunity()));
    records.put(SubjectSection.STAGE_HISTORY, List.of(DomainSamples.stageChange()));
    records.put(SubjectSection.CONSENTS, List.of(DomainSamples.consent()));
    records.put(SubjectSection.CAMPAIGN_MEMBERSHIPS, List.of(DomainSamples.campaignMember()));
    records.put(SubjectSection.SEGMENT_LISTS, List.of(DomainSamples.staticList()));
    records.put(SubjectSection.SCORES, List.of(DomainSamples.score()));
    records.put(
        SubjectSection.FINANCIAL_EVENTS,
        List.of(DomainSamples.financialLine(), DomainSamples.purchase()));
    records.put(SubjectSection.AUDIT_ENTRIES, List.of(DomainSamples.auditEntry()));
    return records;
  }

  private static void export(JsonSubjectExport export, Map<SubjectSection, List<Object>> records) {
    export.begin(SubjectExportHeader.of(TenantId.of("bank-a"), DomainSamples.CUSTOMER, EXPORTED));
    for (SubjectSection section : SubjectSection.values()) {
      export.beginSection(section);
      records.getOrDefault(section, List.of()).forEach(export::record);
      export.endSection(section);
    }
    export.end();
  }

  @Test
  void export_everySection_matchesTheDocumentedSchema() throws Exception {
    // given
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    export(JsonSubjectExport.to(out), everySection());

    // then
    JsonNode document = mapper.readTree(out.toByteArray());
    assertThat(SchemaCheck.violations(SchemaCheck.subjectExportSchema(), document)).isEmpty();
    assertThat(document.get("format").asText()).isEqualTo("rapport-subject-export/1");
    assertThat(document.get("exportedAt").asText()).isEqualTo("2025-06-01T12:00:00Z");
    assertThat(document.get("tenant").asText()).isEqualTo("bank-a");
    assertThat(document.get("subject").asText()).isEqualTo(DomainSamples.CUSTOMER.toString());
    assertThat(document.get("financialEvents")).hasSize(2);
    assertThat(mapper.treeToValue(document.get("customer").get(0), Customer.class))
        .isEqualTo(DomainSamples.customer());
    assertThat(mapper.treeToValue(document.get("financialEvents").get(1), FinancialEvent.class))
        .isEqualTo(DomainSamples.purchase());
  }

  @Test
  void schemaCheck_documentMissingASectionOrWithAWrongFormat_reportsBoth() throws Exception {
    // given
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export(JsonSubjectExport.to(out), everySection());
    ObjectNode document = (ObjectNode) mapper.readTree(out.toByteArray());
    document.remove("holdings");
    document.put("format", "rapport-subject-export/0");
    ((ObjectNode) document.get("customer").get(0)).remove("tags");

    // when
    List<String> violations = SchemaCheck.violations(SchemaCheck.subjectExportSchema(), document);

    // then
    assertThat(violations)
        .containsExactlyInAnyOrder(
            "$: lacks holdings",
            "$.format: must be \"rapport-subject-export/1\"",
            "$.customer[0]: lacks tags");
  }

  @Test
  void export_manyRecords_reachTheStreamBeforeTheEnd() {
    // given
    CountingStream out = new CountingStream();
    JsonSubjectExport export = JsonSubjectExport.to(out);
    export.begin(SubjectExportHeader.of(TenantId.of("bank-a"), DomainSamples.CUSTOMER, EXPORTED));
    export.beginSection(SubjectSection.FINANCIAL_EVENTS);

    // when
    for (int i = 0; i < 10_000; i++) {
      Purchase purchase = DomainSamples.purchase();
      export.record(purchase);
    }

    // then: the generator hands full buffers on instead of holding the document
    assertThat(out.bytes).isGreaterThan(500_000);
    long before = out.bytes;
    export.endSection(SubjectSection.FINANCIAL_EVENTS);
    export.end();
    assertThat(out.bytes - before).isLessThan(20_000);
    assertThat(out.closed).as("the caller owns the stream").isFalse();
    assertThat(out.flushed).isTrue();
  }

  /** Counts bytes and remembers flush and close. */
  private static final class CountingStream extends OutputStream {
    long bytes;
    boolean flushed;
    boolean closed;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }
}
