package io.rapport.crm.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.DomainEvent;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.pipeline.StageChange;
import io.rapport.crm.pipeline.Transition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportOpportunitiesTest extends SdkFixture {
  private static final Instant OPENED = Instant.parse("2025-01-06T09:00:00Z");

  private final Customer ada = register(NAME);
  private final PipelineDefinition retail =
      crm.pipelines()
          .define(
              caller,
              DefinePipeline.named("Retail")
                  .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
                  .won("WON", "Won")
                  .lost("LOST", "Lost")
                  .build());

  private Transition<OpenOpportunity> opening(CustomerId customer, int n) {
    return OpenOpportunity.open(
        new OpportunityId(UUID.randomUUID()),
        retail,
        null,
        new OpportunityTerms(
            customer,
            ProductType.MORTGAGE,
            Money.of(1000 + n + ".00", "EUR"),
            LocalDate.of(2025, 6, 30),
            EmployeeId.of("rm-1"),
            null,
            null,
            List.of(),
            null),
        null,
        null,
        OPENED,
        Actor.user("import"));
  }

  @Test
  void opportunities_threeWithOpeningEntries_storedWithOneEntryAndEventEach() {
    // given
    List<Opportunity> rows = new ArrayList<>();
    List<StageChange> history = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      Transition<OpenOpportunity> opened = opening(ada.id(), n);
      rows.add(opened.opportunity());
      history.add(opened.change());
    }
    collectEvents();

    // when
    ImportResult result = crm.imports().opportunities(caller, rows, history);

    // then
    assertThat(result).isEqualTo(new ImportResult("opportunity", 3));
    assertThat(crm.opportunities().get(caller, rows.get(2).id())).isEqualTo(rows.get(2));
    assertThat(received)
        .extracting(DomainEvent::type)
        .containsExactly("opportunity.imported", "opportunity.imported", "opportunity.imported");
  }

  @Test
  void opportunities_unknownCustomer_storesNothing() {
    // given
    Transition<OpenOpportunity> known = opening(ada.id(), 1);
    Transition<OpenOpportunity> unknown = opening(new CustomerId(UUID.randomUUID()), 2);
    int entries = auditEntries().size();

    // when / then
    assertThatThrownBy(
            () ->
                crm.imports()
                    .opportunities(
                        caller,
                        List.of(known.opportunity(), unknown.opportunity()),
                        List.of(known.change(), unknown.change())))
        .isInstanceOf(CustomerNotFoundException.class);
    assertThat(crm.opportunities().find(caller, known.opportunity().id())).isEmpty();
    assertThat(auditEntries()).hasSize(entries);
  }
}
