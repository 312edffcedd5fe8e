package io.rapport.crm.sdk.internal;

import io.rapport.crm.compliance.FieldChange;
import io.rapport.crm.party.Relationship;
import java.util.List;
import java.util.function.Function;

/** The audited fields of a {@link Relationship}, old against new; none is personal data. */
final class RelationshipDiffer {
  private RelationshipDiffer() {}

  /** The changed fields; {@code before} is null on creation. */
  static List<FieldChange> diff(Relationship before, Relationship after) {
    return new FieldDiff()
        .field("from", get(before, Relationship::from), get(after, Relationship::from))
        .field("to", get(before, Relationship::to), get(after, Relationship::to))
        .field("type", get(before, Relationship::type), get(after, Relationship::type))
        .field(
            "validFrom", get(before, Relationship::validFrom), get(after, Relationship::validFrom))
        .field(
            "validThru", get(before, Relationship::validThru), get(after, Relationship::validThru))
        .changes();
  }

  private static <T> T get(Relationship relationship, Function<Relationship, T> field) {
    return relationship == null ? null : field.apply(relationship);
  }
}
