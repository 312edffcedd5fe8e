package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.ConsentChannel;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentRecord;
import io.rapport.crm.compliance.ConsentRecordId;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.party.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conservative consent merge: for every purpose and channel whose latest state on any merged
 * record is a withdrawal, while the latest record of all of them together is not, the survivor gets
 * a withdrawal at the merge's time. Pure.
 */
final class ConsentMerge {
  private ConsentMerge() {}

  /** The withdrawals to append to {@code survivor}, given every record's history before merging. */
  static List<ConsentRecord> withdrawals(
      Collection<ConsentHistory> histories,
      CustomerId survivor,
      String source,
      Instant now,
      IdSource ids) {
    Map<List<Object>, ConsentRecord> latestWithdrawal = new LinkedHashMap<>();
    Map<List<Object>, ConsentRecord> latestOverall = new LinkedHashMap<>();
    for (ConsentHistory history : histories) {
      Map<List<Object>, ConsentRecord> latest = new LinkedHashMap<>();
      for (ConsentRecord record : history.records()) {
        latest.merge(key(record.purpose(), record.channel()), record, ConsentMerge::later);
      }
      latest.forEach(
          (key, record) -> {
            latestOverall.merge(key, record, ConsentMerge::later);
            if (record.action() == ConsentAction.WITHDRAWN) {
              latestWithdrawal.merge(key, record, ConsentMerge::later);
            }
          });
    }
    List<ConsentRecord> appended = new ArrayList<>();
    latestWithdrawal.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().toString()))
        .forEach(
            entry -> {
              ConsentRecord overall = latestOverall.get(entry.getKey());
              if (overall.action() != ConsentAction.WITHDRAWN) {
                ConsentRecord withdrawal = entry.getValue();
                appended.add(
                    new ConsentRecord(
                        ids.next(ConsentRecordId::new),
                        ConsentSubject.customer(survivor),
                        withdrawal.purpose(),
                        withdrawal.channel(),
                        ConsentAction.WITHDRAWN,
                        later(now, overall.at()),
                        source,
                        withdrawal.wordingVersion(),
                        null));
              }
            });
    return appended;
  }

  private static List<Object> key(ConsentPurpose purpose, ConsentChannel channel) {
    return List.of(purpose, channel);
  }

  private static ConsentRecord later(ConsentRecord a, ConsentRecord b) {
    return b.at().isAfter(a.at()) ? b : a;
  }

  /** The merge's time, or just after the latest record if that is later (clock skew). */
  private static Instant later(Instant now, Instant latest) {
    return now.isAfter(latest) ? now : latest.plusNanos(1_000);
  }
}
