package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.PipelineId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConvertLeadTest {
  private static final LeadId LEAD = new LeadId(UUID.randomUUID());
  private static final CustomerId CUSTOMER = new CustomerId(UUID.randomUUID());
  private static final LeadOpportunity MORTGAGE =
      new LeadOpportunity(
          new PipelineId(UUID.randomUUID()),
          new BigDecimal("250000"),
          "EUR",
          LocalDate.of(2025, 6, 30),
          "emp-7");

  @Test
  void withOpportunity_onIntoCustomer_keepsTheCustomerAndAddsTheOpportunity() {
    // given
    ConvertLead intoCustomer = ConvertLead.intoCustomer(LEAD, 3, "conv-1", CUSTOMER);

    // when
    ConvertLead withOpportunity = intoCustomer.withOpportunity(MORTGAGE);

    // then
    assertThat(withOpportunity)
        .isEqualTo(new ConvertLead(LEAD, 3, "conv-1", CUSTOMER, null, MORTGAGE));
    assertThat(intoCustomer.opportunity()).isNull();
  }

  @Test
  void withOpportunity_onIntoNewCustomer_keepsNoCustomerAndAddsTheOpportunity() {
    // when
    ConvertLead command = ConvertLead.intoNewCustomer(LEAD, 1, "conv-2").withOpportunity(MORTGAGE);

    // then
    assertThat(command).isEqualTo(new ConvertLead(LEAD, 1, "conv-2", null, null, MORTGAGE));
  }

  @Test
  void withOpportunity_null_removesTheOpportunity() {
    // given
    ConvertLead command = new ConvertLead(LEAD, 1, "conv-3", CUSTOMER, null, MORTGAGE);

    // when / then
    assertThat(command.withOpportunity(null))
        .isEqualTo(ConvertLead.intoCustomer(LEAD, 1, "conv-3", CUSTOMER));
  }
}
