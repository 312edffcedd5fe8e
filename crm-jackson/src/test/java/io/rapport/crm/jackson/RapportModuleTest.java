package io.rapport.crm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.finance.FinancialEvent;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.Party;
import io.rapport.crm.pipeline.Opportunity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RapportModuleTest {
  private final ObjectMapper unmasked = new ObjectMapper().registerModule(RapportModule.unmasked());
  private final ObjectMapper masked = new ObjectMapper().registerModule(RapportModule.masked());

  static Stream<Object> samples() {
    return DomainSamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTrip_unmasked_readsBackAnEqualValue(Object sample) throws Exception {
    // given
    String json = unmasked.writeValueAsString(sample);

    // when
    Object read = unmasked.readValue(json, sample.getClass());

    // then
    assertThat(read).isEqualTo(sample);
  }

  @Test
  void roundTrip_throughSealedInterfaces_picksTheKindFromItsTypeProperty() throws Exception {
    // given
    Map<Object, Class<?>> values =
        Map.of(
            DomainSamples.organisation(), Party.class,
            DomainSamples.customer().contactPoints().get(2), ContactPoint.class,
            DomainSamples.convertedLead(), Lead.class,
            DomainSamples.lostOpportunity(), Opportunity.class,
            DomainSamples.purchase(), FinancialEvent.class);

    for (Map.Entry<Object, Class<?>> value : values.entrySet()) {
      // when
      Object read =
          unmasked.readValue(unmasked.writeValueAsString(value.getKey()), value.getValue());

      // then
      assertThat(read).isEqualTo(value.getKey());
    }
  }

  @Test
  void write_valueTypes_haveTheDocumentedShapes() throws Exception {
    // when
    JsonNode customer = unmasked.valueToTree(DomainSamples.customer());
    JsonNode opportunity = unmasked.valueToTree(DomainSamples.openOpportunity());

    // then
    assertThat(customer.get("id").asText()).isEqualTo("0193a000-0000-7000-8000-000000000001");
    assertThat(customer.get("party").get("@type").asText()).isEqualTo("Person");
    assertThat(customer.get("party").get("nationalId").get("value").asText())
        .isEqualTo("1 85 05 78 006 084");
    assertThat(customer.get("contactPoints").get(0).get("email").asText())
        .isEqualTo("ada@example.com");
    assertThat(customer.get("tags").toString()).isEqualTo("[\"premium\",\"wealth\"]");
    assertThat(customer.get("createdAt").asText()).isEqualTo("2025-03-01T09:15:30.123456Z");
    assertThat(opportunity.get("terms").get("amount").toString())
        .isEqualTo("{\"amount\":\"1250.50\",\"currency\":\"EUR\"}");
    assertThat(opportunity.get("probability").isInt()).isTrue();
    assertThat(opportunity.get("forecastCategory").asText()).isEqualTo("BEST_CASE");
  }

  @Test
  void write_masked_showsPersonalDataOnlyMasked() throws Exception {
    // when
    String json = masked.writeValueAsString(DomainSamples.customer());

    // then
    assertThat(json)
        .doesNotContain("ada@example.com", "+33612345678", "006 084", "Rue de la Paix")
        .contains(EmailAddress.of("ada@example.com").masked())
        .contains("Ada Lovelace");
  }

  @Test
  void read_maskedPersonalData_isRefusedNamingTheType() throws Exception {
    // given
    String json = masked.writeValueAsString(DomainSamples.customer());

    // when / then
    assertThatThrownBy(() -> masked.readValue(json, Customer.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("GovernmentId was written masked");
  }

  @Test
  void read_invalidValue_isRefusedByTheRecordsOwnChecks() {
    // given
    String json = "{\"amount\":\"1.234\",\"currency\":\"EUR\"}";

    // when / then
    assertThatThrownBy(() -> unmasked.readValue(json, io.rapport.crm.common.Money.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Money is invalid");
  }

  @Test
  void read_sealedInterfaceWithoutType_isRefused() {
    // when / then
    assertThatThrownBy(() -> unmasked.readValue("{\"legalName\":\"x\"}", Party.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Party needs @type");
  }

  @Test
  void write_hostTypes_areLeftToTheHostsMapper() throws Exception {
    // given: a host value that is no Rapport record, beside a Rapport one
    Map<String, Object> hostValue = Map.of("customer", DomainSamples.CUSTOMER, "n", List.of(1));

    // when
    String json = unmasked.writeValueAsString(hostValue);

    // then
    assertThat(unmasked.readTree(json).get("customer").asText())
        .isEqualTo(DomainSamples.CUSTOMER.value().toString());
    assertThat(unmasked.readTree(json).get("n").toString()).isEqualTo("[1]");
    assertThatThrownBy(() -> unmasked.writeValueAsString(Instant.EPOCH))
        .as("java.time stays the host's choice (jackson-datatype-jsr310)")
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void module_modes_areNamedApart() {
    // then
    assertThat(RapportModule.masked().isMasked()).isTrue();
    assertThat(RapportModule.unmasked().isMasked()).isFalse();
    assertThat(RapportModule.masked().getTypeId())
        .isNotEqualTo(RapportModule.unmasked().getTypeId());
    assertThat(new CustomerId(DomainSamples.uuid(9))).isNotNull();
  }
}
