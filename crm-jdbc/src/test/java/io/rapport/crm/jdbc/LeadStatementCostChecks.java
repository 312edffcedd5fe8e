package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.lead.Assignee;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.AssignmentRule;
import io.rapport.crm.lead.AssignmentStrategy;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.PipelineDefinition;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.CaptureLead;
import io.rapport.crm.sdk.Captured;
import io.rapport.crm.sdk.ConvertLead;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.DefinePipeline;
import io.rapport.crm.sdk.LeadOpportunity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designed cost of the lead use cases through the SDK, counted in round trips with a batch size
 * of 100: bulk capture and bulk assignment grow with leads / 100, a conversion is a fixed handful.
 */
abstract class LeadStatementCostChecks {
  private static final int BATCH_SIZE = 100;

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
  private final Caller caller = Caller.of(tenant, Actor.user("rm-1"));
  private CountingDataSource counter;
  private Crm crm;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingCrm() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    JdbcStorage storage =
        TestDatabases.storage(
            dialect(), counter.dataSource(), builder -> builder.batchSize(BATCH_SIZE));
    Clock clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
    crm =
        Crm.builder()
            .storage(storage)
            .clock(clock)
            .idSource(IdSource.seededUuidV7(clock, 3))
            .build();
  }

  /**
   * Locking and moving an existing audit head: select for update and update (2); MariaDB first
   * upserts the row to avoid gap locks (3).
   */
  private int headStatements() {
    return dialect() == Dialect.MARIADB ? 3 : 2;
  }

  private List<CaptureLead> commands(int count) {
    List<CaptureLead> commands = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      commands.add(
          CaptureLead.builder("form-" + i, SourceKind.WEB_FORM, ProductType.SAVINGS, "Lead " + i)
              .email("lead" + i + "@example.com")
              .build());
    }
    return commands;
  }

  @Test
  void captureAll_thousandLeads_takesBatchesNotRoundTripsPerLead() {
    // given
    List<CaptureLead> commands = commands(1000);
    counter.reset();

    // when
    List<Captured> captured = crm.leads().captureAll(caller, commands);

    // then
    assertThat(captured).hasSize(1000).noneMatch(Captured::replayed);
    // 10 capture-key lookups + 10 lead batches + 10 audit-key batches (new leads are not looked
    // up) + 10 audit batches + 10 outbox batches, and the tenant's new audit head: created and
    // locked, then moved (3 statements on every database)
    assertThat(counter.batches()).isEqualTo(40);
    assertThat(counter.statements()).isEqualTo(10 + 40 + 3);
  }

  @Test
  void assignAll_thousandLeads_takesBatchesNotRoundTripsPerLead() {
    // given
    List<LeadId> ids =
        crm.leads().captureAll(caller, commands(1000)).stream().map(c -> c.lead().id()).toList();
    AssignmentEngine engine =
        new AssignmentEngine(
            List.of(
                AssignmentRule.everyLead(
                    "all",
                    AssignmentStrategy.WORKLOAD,
                    List.of(
                        Assignee.of(EmployeeId.of("a")),
                        Assignee.of(EmployeeId.of("b")),
                        Assignee.of(EmployeeId.of("c")),
                        Assignee.of(EmployeeId.of("d"))))));
    counter.reset();

    // when
    List<Lead> assigned = crm.leads().assignAll(caller, ids, engine);

    // then
    assertThat(assigned).hasSize(1000);
    // 10 lead reads + 1 GROUP BY of open leads per owner + 10 update batches + 10 reads of the
    // leads' audit keys + 10 audit batches + 10 outbox batches, and the audit head locked and moved
    assertThat(counter.batches()).isEqualTo(30);
    assertThat(counter.statements()).isEqualTo(10 + 1 + 10 + 30 + headStatements());
    assertThat(assigned.stream().map(l -> l.assignment().owner()).distinct()).hasSize(4);
  }

  @Test
  void convert_qualifiedLeadIntoNewCustomer_takesAFixedHandfulOfStatements() {
    // given
    Lead lead = crm.leads().capture(caller, commands(1).get(0)).lead();
    Lead qualified = crm.leads().qualify(caller, lead.id(), lead.version());
    counter.reset();

    // when
    Conversion result =
        crm.leads()
            .convert(caller, ConvertLead.intoNewCustomer(lead.id(), qualified.version(), "c-1"));

    // then
    assertThat(result).isInstanceOf(Conversion.Converted.class);
    // 1 lead read, 1 read of the lead's audit key; batches: the customer row, its e-mail key, its
    // name keys, the lead update, the new customer's audit key, audit, outbox; and the audit head
    // locked and moved
    assertThat(counter.batches()).isEqualTo(7);
    assertThat(counter.statements()).isEqualTo(1 + 1 + 7 + headStatements());
  }

  @Test
  void convert_withOpportunity_takesAFixedHandfulOfStatements() {
    // given
    PipelineDefinition pipeline =
        crm.pipelines()
            .define(
                caller,
                DefinePipeline.named("Retail")
                    .open("LEAD", "Lead", 10, ForecastCategory.PIPELINE)
                    .won("WON", "Won")
                    .lost("LOST", "Lost")
                    .build());
    Lead lead = crm.leads().capture(caller, commands(1).get(0)).lead();
    Lead qualified = crm.leads().qualify(caller, lead.id(), lead.version());
    ConvertLead command =
        new ConvertLead(
            lead.id(),
            qualified.version(),
            "c-2",
            null,
            null,
            new LeadOpportunity(
                pipeline.id(),
                new BigDecimal("1000.00"),
                "EUR",
                LocalDate.of(2025, 6, 30),
                "rm-1"));
    counter.reset();

    // when
    Conversion result = crm.leads().convert(caller, command);

    // then
    assertThat(((Conversion.Converted) result).conversion().opportunity()).isNotNull();
    // the conversion's own 1 + 1 + 7 + head, plus 6 for the opportunity: the pipeline definition
    // read (definition, stages, lost reasons), the customer read, and the opportunity row and its
    // opening stage-history entry (single inserts); its audit entry and event join the batches
    assertThat(counter.batches()).isEqualTo(7);
    assertThat(counter.statements()).isEqualTo(1 + 1 + 7 + 6 + headStatements());
  }
}
