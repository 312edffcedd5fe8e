package io.rapport.crm.jdbc.tck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that an SQL statement touching Rapport's tables is scoped to one tenant. Every {@code
 * rapport_} table the statement names must be reached through a tenant predicate:
 *
 * <ul>
 *   <li>an {@code INSERT INTO rapport_x (...)} lists the {@code tenant_id} column;
 *   <li>every other reference ({@code FROM}, {@code JOIN}, {@code UPDATE}, {@code DELETE FROM}) has
 *       its {@code tenant_id} bound to a parameter ({@code x.tenant_id = ?}, or a row value {@code
 *       (x.tenant_id, ...) IN ((?, ...), ...)}), or equated to the {@code tenant_id} of a reference
 *       that is itself so bound ({@code m.tenant_id = h.tenant_id}), transitively.
 * </ul>
 *
 * A table name the parser cannot attribute to such a clause (a comma join, say) is a violation too,
 * so an unusual statement fails loudly instead of passing unchecked. Flyway's history table is not
 * Rapport data and is ignored.
 */
final class TenantPredicates {
  /** Statements allowed without a tenant predicate, with the reason. None so far. */
  static final Map<String, String> EXEMPT = Map.of();

  private static final String HISTORY = "rapport_schema_history";
  private static final Pattern TABLE_NAME = Pattern.compile("(?<![\\w])(rapport_\\w+)(?![\\w.])");
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(insert\\s+into|delete\\s+from|from|join|update|merge\\s+into)\\s+"
              + "(?:[`\"]?\\w+[`\"]?\\.)?(rapport_\\w+)(?![\\w.])"
              + "(?:\\s+(?:as\\s+)?(?!(?:where|on|set|join|left|right|inner|outer|cross|full|order"
              + "|group|limit|values|using|natural|key|for|union|having|offset|fetch)\\b)(\\w+))?");
  private static final Pattern BOUND_ROW_VALUE =
      Pattern.compile(
          "\\(\\s*(?:(\\w+)\\.)?tenant_id\\s*(?:,[^()]*)?\\)\\s+in\\s+\\(\\s*\\(\\s*\\?");
  private static final Pattern BOUND_EQUALS =
      Pattern.compile("(?<![\\w.])(?:(\\w+)\\.)?tenant_id\\s*=\\s*\\?");
  private static final Pattern BOUND_EQUALS_REVERSED =
      Pattern.compile("\\?\\s*=\\s*(?:(\\w+)\\.)?tenant_id\\b");
  private static final Pattern JOINED =
      Pattern.compile("\\b(\\w+)\\.tenant_id\\s*=\\s*(\\w+)\\.tenant_id\\b");
  private static final Pattern INSERT_COLUMNS =
      Pattern.compile(
          "^\\s*insert\\s+into\\s+(?:[`\"]?\\w+[`\"]?\\.)?rapport_\\w+\\s*\\(([^)]*)\\)");

  private TenantPredicates() {}

  /**
   * Why {@code sql} is not scoped to a tenant, or empty when it is (or touches no Rapport table).
   */
  static Optional<String> violation(String sql) {
    if (EXEMPT.containsKey(sql)) {
      return Optional.empty();
    }
    String text = withoutLiterals(sql).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int tables = 0;
    Matcher names = TABLE_NAME.matcher(text);
    while (names.find()) {
      if (!names.group(1).equals(HISTORY)) {
        tables++;
      }
    }
    if (tables == 0) {
      return Optional.empty();
    }
    List<String[]> references = new ArrayList<>();
    Matcher reference = REFERENCE.matcher(text);
    while (reference.find()) {
      references.add(new String[] {reference.group(1), reference.group(2), reference.group(3)});
    }
    if (references.size() != tables) {
      return Optional.of(
          "names " + tables + " rapport_ table(s) but only " + references.size() + " in clauses");
    }
    List<String> unaliased = new ArrayList<>();
    for (String[] ref : references) {
      if (!ref[0].startsWith("insert") && !ref[0].startsWith("merge") && ref[2] == null) {
        unaliased.add(ref[1]);
      }
    }
    // a bare "tenant_id = ?" binds an unaliased reference; one per such reference is required
    boolean bareBound = !unaliased.isEmpty() && countUnqualified(text) >= unaliased.size();
    Set<String> bound = boundQualifiers(text, bareBound ? unaliased : List.of());
    List<String> unscoped = new ArrayList<>();
    for (String[] ref : references) {
      String clause = ref[0];
      String table = ref[1];
      String alias = ref[2];
      if (clause.startsWith("insert") || clause.startsWith("merge")) {
        Matcher columns = INSERT_COLUMNS.matcher(text);
        if (!columns.find()
            || !List.of(columns.group(1).split("\\s*,\\s*")).contains("tenant_id")) {
          unscoped.add(table + " (insert without tenant_id)");
        }
      } else if (!bound.contains(alias == null ? table : alias)) {
        unscoped.add(alias == null ? table : table + " " + alias);
      }
    }
    return unscoped.isEmpty()
        ? Optional.empty()
        : Optional.of("no tenant predicate for " + String.join(", ", unscoped));
  }

  /** The qualifiers whose tenant_id is bound to a parameter, directly or through equalities. */
  private static Set<String> boundQualifiers(String text, List<String> boundTables) {
    Set<String> bound = new HashSet<>(boundTables);
    for (Pattern pattern : List.of(BOUND_EQUALS, BOUND_EQUALS_REVERSED, BOUND_ROW_VALUE)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (matcher.group(1) != null) {
          bound.add(matcher.group(1));
        }
      }
    }
    Map<String, Set<String>> equal = new HashMap<>();
    Matcher joined = JOINED.matcher(text);
    while (joined.find()) {
      equal.computeIfAbsent(joined.group(1), k -> new HashSet<>()).add(joined.group(2));
      equal.computeIfAbsent(joined.group(2), k -> new HashSet<>()).add(joined.group(1));
    }
    List<String> frontier = new ArrayList<>(bound);
    while (!frontier.isEmpty()) {
      String next = frontier.remove(frontier.size() - 1);
      for (String other : equal.getOrDefault(next, Set.of())) {
        if (bound.add(other)) {
          frontier.add(other);
        }
      }
    }
    return bound;
  }

  /** Parameter-bound tenant predicates without a qualifier. */
  private static int countUnqualified(String text) {
    int count = 0;
    for (Pattern pattern : List.of(BOUND_EQUALS, BOUND_EQUALS_REVERSED, BOUND_ROW_VALUE)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        if (matcher.group(1) == null) {
          count++;
        }
      }
    }
    return count;
  }

  private static String withoutLiterals(String sql) {
    return sql.replaceAll("'(?:[^']|'')*'", "''");
  }
}
