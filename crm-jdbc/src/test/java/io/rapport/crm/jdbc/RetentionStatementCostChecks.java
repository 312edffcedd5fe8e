package io.rapport.crm.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.RetainedRecordType;
import io.rapport.crm.compliance.RetentionPolicy;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RetentionReport;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designed cost of a retention run, counted in round trips: every batch costs the same fixed
 * number of statements whatever its size (read the checkpoint, select the page, read the leads, one
 * batched update, move the checkpoint, lock the audit head, append the audit entries and the
 * events), so a run costs batches × that number plus the closing unit.
 */
abstract class RetentionStatementCostChecks {
  private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
  private static final List<RetentionPolicy> POLICIES =
      List.of(RetentionPolicy.of(RetainedRecordType.DISQUALIFIED_LEAD, Period.ofYears(2)));

  private CountingDataSource counter;
  private JdbcStorage storage;
  private Crm crm;

  /** The database under test. */
  abstract Dialect dialect();

  @BeforeEach
  void countingCrm() {
    counter = new CountingDataSource(TestDatabases.dataSource(dialect()));
    storage = TestDatabases.storage(dialect(), counter.dataSource(), builder -> builder);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    crm =
        Crm.builder()
            .storage(storage)
            .clock(clock)
            .idSource(IdSource.seededUuidV7(clock, 5))
            .build();
  }

  /** A fresh tenant's caller, with {@code count} disqualified leads changed long ago. */
  private Caller tenantWithDueLeads(int count) {
    TenantId tenant = TenantId.of("t-" + UUID.randomUUID());
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leads.add(
          OpenLead.capture(
                  new LeadId(UUID.randomUUID()),
                  LeadSource.of(SourceKind.WEB_FORM, "form"),
                  ProductType.SAVINGS,
                  LeadContact.named("Lead " + i),
                  ConsentFlags.contactOnly(),
                  "key-" + i,
                  BranchCode.of("LDN-01"),
                  null,
                  OLD)
              .disqualified("no need", OLD));
    }
    storage.inTransactionDo(unit -> unit.leads().insertAll(tenant, leads));
    return Caller.of(tenant, Actor.system("retention"));
  }

  private int statementsOfRun(int leads, int batchSize) {
    Caller caller = tenantWithDueLeads(leads);
    counter.reset();
    RetentionReport report = crm.retention().applyRetention(caller, NOW, batchSize, POLICIES);
    assertThat(report.processed()).isEqualTo(leads);
    return counter.statements();
  }

  @Test
  void applyRetention_sameBatchCount_sameStatementsWhateverTheBatchSize() {
    // given four full batches of 5, then of 25, then two of 5

    // when
    int fourSmall = statementsOfRun(20, 5);
    int fourLarge = statementsOfRun(100, 25);
    int twoSmall = statementsOfRun(10, 5);

    // then
    int perBatch = (fourSmall - twoSmall) / 2;
    int closing = fourSmall - 4 * perBatch;
    assertThat(fourLarge).isEqualTo(fourSmall);
    assertThat(perBatch).isEqualTo(dialect() == Dialect.MARIADB ? 11 : 10);
    assertThat(closing).isBetween(3, 4);
    assertThat(twoSmall).isEqualTo(2 * perBatch + closing);
  }
}
