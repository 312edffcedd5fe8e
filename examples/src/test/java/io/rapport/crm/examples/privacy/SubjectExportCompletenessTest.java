package io.rapport.crm.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.AuditEntry;
import io.rapport.crm.compliance.SubjectSection;
import io.rapport.crm.examples.analytics.StoreUnderTest;
import io.rapport.crm.jackson.JsonSubjectExport;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.spi.CrmStorage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export completeness (GDPR Art. 15 and 20) on every store: a person with a value in every stored
 * field of every context is exported through {@code crm.privacy()} and crm-jackson, and every
 * record the storage holds about them appears in its section with every field, found by reflection
 * over the records' components, so a field added later without export fails here.
 */
class SubjectExportCompletenessTest {
  /**
   * The only fields the fixture leaves empty: each is exclusive with another that is set (a lead
   * from a campaign has no referrer; a consent names a customer or a lead; only a loss has a lost
   * reason; a static list has no criteria; a field set at creation has no old value). List indexes
   * are written {@code []}.
   */
  private static final Set<String> EXCLUSIVE_FIELDS =
      Set.of(
          "profile.source.referringCustomer",
          "profile.source.referringEmployee",
          "subject.lead",
          "subject.customer",
          "lostReason",
          "criteria",
          "changes[].oldValue");

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(StoreUnderTest.class)
  void export_personInEveryContext_everyStoredFieldOfEveryRecordAppears(StoreUnderTest store)
      throws Exception {
    String schema = StoreUnderTest.freshSchema();
    CrmStorage storage = store.open(schema);
    try {
      // given
      Crm crm = Crm.builder().storage(storage).build();
      TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
      Caller caller = Caller.of(tenant, Actor.user("dpo-1"));
      EverythingAboutAPerson person = new EverythingAboutAPerson(crm, storage, caller);
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      // when
      crm.privacy()
          .export(
              caller.because("subject access request 42"),
              person.ada.id(),
              JsonSubjectExport.to(out));

      // then
      JsonNode document = mapper.readTree(out.toByteArray());
      assertThat(document.get("format").asText()).isEqualTo("rapport-subject-export/1");
      assertThat(document.get("tenant").asText()).isEqualTo(tenant.value());
      assertThat(document.get("subject").asText()).isEqualTo(person.ada.id().toString());
      Map<SubjectSection, List<Object>> expected = person.expected();
      for (SubjectSection section : SubjectSection.values()) {
        assertThat(expected.get(section)).as("fixture for %s", section).isNotEmpty();
        assertSectionHoldsEveryField(
            section, expected.get(section), document.get(section.jsonName()));
      }
      List<Object> audit = expected.get(SubjectSection.AUDIT_ENTRIES);
      assertThat(((AuditEntry) audit.get(audit.size() - 1)).action())
          .isEqualTo("customer.exported");
      assertThat(audit).hasSize(1 + 9 + 1);
    } finally {
      store.drop(schema);
    }
  }

  private static void assertSectionHoldsEveryField(
      SubjectSection section, List<Object> records, JsonNode elements) {
    assertThat(elements).as("section %s", section.jsonName()).hasSize(records.size());
    List<Map<String, String>> written = new ArrayList<>();
    elements.forEach(element -> written.add(RecordLeaves.of(element)));
    for (Object record : records) {
      Map<String, String> leaves = RecordLeaves.of(record);
      List<String> empty =
          leaves.entrySet().stream()
              .filter(leaf -> leaf.getValue() == null)
              .map(Map.Entry::getKey)
              .filter(path -> !EXCLUSIVE_FIELDS.contains(path.replaceAll("\\[\\d+]", "[]")))
              .toList();
      assertThat(empty)
          .as("fields of a %s the fixture must set", record.getClass().getSimpleName())
          .isEmpty();
      assertThat(written)
          .as(
              "%s holds every field of a stored %s",
              section.jsonName(), record.getClass().getSimpleName())
          .anySatisfy(element -> assertThat(element).containsAllEntriesOf(new HashMap<>(leaves)));
    }
  }
}
