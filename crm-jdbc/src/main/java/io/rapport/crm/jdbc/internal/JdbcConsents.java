package io.rapport.crm.jdbc.internal;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.common.internal.Checks;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.jdbc.Dialect;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.ConsentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ConsentRepository} over one {@link JdbcUnit}: inserts only, never updates. */
final class JdbcConsents implements ConsentRepository {
  private static final Table TABLE =
      Table.of(
          "rapport_consent_record",
          "tenant_id",
          "id",
          "subject_kind",
          "subject_id",
          "purpose",
          "channel",
          "action",
          "recorded_at",
          "source",
          "wording_version",
          "expires_at");
  private static final String INSERT = TABLE.insert();
  private static final String HISTORY =
      """
      SELECT %s FROM rapport_consent_record
      WHERE tenant_id = ? AND subject_id = ? AND subject_kind = ?"""
          .formatted(TABLE.list("", "tenant_id"));
  private static final String HISTORIES =
      """
      SELECT %s FROM rapport_consent_record
      WHERE %%s AND subject_kind = ?"""
          .formatted(TABLE.list("", "tenant_id"));
  private static final String CUSTOMER = "CUSTOMER";
  private static final String LEAD = "LEAD";

  private final JdbcUnit unit;

  JdbcConsents(JdbcUnit unit) {
    this.unit = unit;
  }

  @Override
  public void append(TenantId tenant, ConsentRecord record) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(record, "consentRecord");
    ConsentSubject subject = record.subject();
    sql.write(
        "append a consent record",
        false,
        () ->
            sql.update(
                INSERT,
                p ->
                    p.id(tenant)
                        .id(record.id())
                        .text(subject.isLead() ? LEAD : CUSTOMER)
                        .id(subject.uuid())
                        .text(record.purpose().name())
                        .text(record.channel().name())
                        .text(record.action().name())
                        .instant(record.at())
                        .text(record.source())
                        .text(record.wordingVersion())
                        .instant(record.expiresAt())),
        () -> new DuplicateRecordException("consent", record.id()));
  }

  @Override
  public ConsentHistory history(TenantId tenant, ConsentSubject subject) {
    Sql sql = unit.enter(tenant);
    Checks.notNull(subject, "subject");
    List<ConsentRecord> records =
        sql.read(
            "read a consent history",
            () ->
                sql.query(
                    HISTORY,
                    p -> p.id(tenant).id(subject.uuid()).text(subject.isLead() ? LEAD : CUSTOMER),
                    JdbcConsents::read));
    return new ConsentHistory(subject, records);
  }

  @Override
  public Map<CustomerId, ConsentHistory> historiesOf(
      TenantId tenant, Collection<CustomerId> customers) {
    Sql sql = unit.enter(tenant);
    List<CustomerId> ids = Checks.list(customers, "customers");
    Checks.argument(
        ids.size() <= MAX_BATCH, "customers", "at most %s customers per call", MAX_BATCH);
    Map<CustomerId, List<ConsentRecord>> byCustomer = new HashMap<>();
    ids.forEach(id -> byCustomer.put(id, new ArrayList<>()));
    if (!ids.isEmpty()) {
      Dialect dialect = sql.dialect();
      List<ConsentRecord> records =
          sql.read(
              "read consent histories",
              () ->
                  sql.query(
                      HISTORIES.formatted(InLists.keyIn(dialect, "", "subject_id", ids.size())),
                      p -> {
                        InLists.bindKeys(p, dialect, tenant, ids);
                        p.text(CUSTOMER);
                      },
                      JdbcConsents::read));
      for (ConsentRecord record : records) {
        byCustomer.get(record.subject().customer()).add(record);
      }
    }
    Map<CustomerId, ConsentHistory> result = new LinkedHashMap<>();
    for (CustomerId id : ids) {
      result.put(id, new ConsentHistory(ConsentSubject.customer(id), byCustomer.get(id)));
    }
    return result;
  }

  private static ConsentRecord read(ResultSet row) throws SQLException {
    String subjectId = row.getString("subject_id");
    ConsentSubject subject =
        LEAD.equals(row.getString("subject_kind"))
            ? ConsentSubject.lead(LeadId.of(subjectId))
            : ConsentSubject.customer(CustomerId.of(subjectId));
    return new ConsentRecord(
        ConsentRecordId.of(row.getString("id")),
        subject,
        Columns.enumValue(row, "purpose", ConsentPurpose.class),
        Columns.enumValue(row, "channel", ConsentChannel.class),
        Columns.enumValue(row, "action", ConsentAction.class),
        Columns.instant(row, "recorded_at"),
        row.getString("source"),
        row.getString("wording_version"),
        Columns.instant(row, "expires_at"));
  }
}
