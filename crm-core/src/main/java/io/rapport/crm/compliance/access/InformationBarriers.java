package io.rapport.crm.compliance.access;

import io.rapport.crm.common.internal.Checks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ethical walls of a tenant: pairs of {@link BarrierSide sides} that never see each other's
 * customers. A caller on a side never reads a customer labelled with a side walled off from it,
 * whatever its role. Immutable.
 */
public final class InformationBarriers {
  private static final InformationBarriers NONE = new InformationBarriers(Map.of());
  private final Map<BarrierSide, Set<BarrierSide>> walls;

  private InformationBarriers(Map<BarrierSide, Set<BarrierSide>> walls) {
    this.walls = walls;
  }

  /** No walls. */
  public static InformationBarriers none() {
    return NONE;
  }

  /**
   * These barriers with a wall between {@code one} and {@code other}, in both directions.
   *
   * @throws io.rapport.crm.common.InvalidValueException if a side is null or both are the same
   */
  public InformationBarriers wall(BarrierSide one, BarrierSide other) {
    Checks.notNull(one, "one");
    Checks.notNull(other, "other");
    Checks.argument(!one.equals(other), "other", "a side cannot be walled off from itself");
    Map<BarrierSide, Set<BarrierSide>> next = new HashMap<>(walls);
    add(next, one, other);
    add(next, other, one);
    return new InformationBarriers(Map.copyOf(next));
  }

  private static void add(
      Map<BarrierSide, Set<BarrierSide>> walls, BarrierSide from, BarrierSide to) {
    Set<BarrierSide> sides = new HashSet<>(walls.getOrDefault(from, Set.of()));
    sides.add(to);
    walls.put(from, Set.copyOf(sides));
  }

  /** The sides walled off from any of {@code sides}, minus {@code sides} themselves. */
  public Set<BarrierSide> walledOffFrom(Set<BarrierSide> sides) {
    Set<BarrierSide> result = new HashSet<>();
    for (BarrierSide side : sides) {
      result.addAll(walls.getOrDefault(side, Set.of()));
    }
    result.removeAll(sides);
    return Set.copyOf(result);
  }
}
