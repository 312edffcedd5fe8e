package io.rapport.crm.sdk.internal;

import io.rapport.crm.analytics.CustomerScore;
import io.rapport.crm.analytics.ScoreRunId;
import io.rapport.crm.common.ScoreKind;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.sdk.Caller;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Replaces the stored scores of some kinds in one unit of work: drops each kind, stores the new
 * scores in chunks of {@value #CHUNK}, and writes one audit entry ({@code customer-scores}, action
 * {@code analytics.scores-stored}, with the kinds and the count) and one event.
 */
final class ScoreWriter {
  static final String TYPE = "customer-scores";
  static final String ACTION = "analytics.scores-stored";
  private static final int CHUNK = 1_000;

  private ScoreWriter() {}

  static void replace(
      CommandRunner runner, Caller caller, Set<ScoreKind> kinds, List<CustomerScore> scores) {
    String kindList =
        kinds.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    runner.write(
        caller,
        runner.now(),
        changes -> {
          TenantId tenant = changes.tenant();
          for (ScoreKind kind : kinds) {
            changes.unit().customerScores().deleteKind(tenant, kind);
          }
          for (int from = 0; from < scores.size(); from += CHUNK) {
            changes
                .unit()
                .customerScores()
                .storeAll(tenant, scores.subList(from, Math.min(scores.size(), from + CHUNK)));
          }
          changes.record(
              TYPE,
              runner.ids().next(ScoreRunId::new),
              ACTION,
              1,
              List.of(
                  new FieldChange("kinds", null, kindList),
                  new FieldChange("scores", null, Integer.toString(scores.size()))),
              Map.of("kinds", kindList, "scores", Integer.toString(scores.size())));
          return null;
        });
  }
}
