package io.rapport.crm.compliance.access;

import io.rapport.crm.common.internal.Checks;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One side of an information barrier (an ethical wall), e.g. {@code deals} and {@code research}. A
 * customer is labelled with a side by the customer tag {@link #tag()} ({@code barrier:<name>}); a
 * caller is placed on sides by its {@link AccessProfile}.
 *
 * @param name lower-case letters, digits, '_' and '-', 1 to 54 characters
 */
public record BarrierSide(String name) {
  /** The prefix of the customer tags that label a customer with a side. */
  public static final String TAG_PREFIX = "barrier:";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,53}");

  /**
   * Checks the name.
   *
   * @throws io.rapport.crm.common.InvalidValueException if the name is null or not 1 to 54 of a-z,
   *     0-9, '_' and '-'
   */
  public BarrierSide {
    Checks.notNull(name, "barrierSide");
    Checks.argument(
        NAME.matcher(name).matches(),
        "barrierSide",
        "barrierSide must be 1 to 54 of a-z, 0-9, '_' and '-'");
  }

  /** The side named {@code name}. */
  public static BarrierSide of(String name) {
    return new BarrierSide(name);
  }

  /** The customer tag that labels a customer with this side. */
  public String tag() {
    return TAG_PREFIX + name;
  }

  /** The sides the {@code tags} of a customer label it with; tags of other forms are ignored. */
  public static Set<BarrierSide> fromTags(Collection<String> tags) {
    Set<BarrierSide> sides = new TreeSet<>((a, b) -> a.name.compareTo(b.name));
    for (String tag : tags) {
      if (tag.startsWith(TAG_PREFIX)
          && NAME.matcher(tag.substring(TAG_PREFIX.length())).matches()) {
        sides.add(new BarrierSide(tag.substring(TAG_PREFIX.length())));
      }
    }
    return Set.copyOf(sides);
  }

  @Override
  public String toString() {
    return name;
  }
}
