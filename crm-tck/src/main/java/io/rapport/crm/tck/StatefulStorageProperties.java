package io.rapport.crm.tck;

import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.tck.internal.Command;
import io.rapport.crm.tck.internal.CommandArbitraries;
import io.rapport.crm.tck.internal.StatefulSession;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The storage as a whole, checked by jqwik: random sequences of commands (register, update with the
 * current or a stale version, change status and tags, add and remove contact points, relate
 * customers, create households, add and delete holdings, search, look up by e-mail, roll back a
 * unit; capture leads under colliding keys, move them through their lifecycle, update them with a
 * stale version, assign them in bulk, look them up by e-mail; record consent and launch campaigns;
 * open, move (stale or refused), win, lose and reopen opportunities) run against {@link #storage()}
 * and against a reference model of plain maps, and must agree after every step. Each try uses a
 * fresh tenant; tries are bounded so a database run stays short.
 *
 * <p>A separate class because jqwik does not run JUnit Jupiter's {@code @Nested} classes.
 */
public abstract class StatefulStorageProperties {
  /** For subclasses binding the properties to an adapter. */
  protected StatefulStorageProperties() {}

  /** The storage under test; may be shared by every try, which each use a fresh tenant. */
  protected abstract CrmStorage storage();

  @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
  @Label("every port: random command sequences leave the storage equal to the reference model")
  void commandSequences_agreeWithReferenceModel(
      @ForAll("commandSequences") List<Command> commands) {
    new StatefulSession(storage()).run(commands);
  }

  @Provide
  Arbitrary<List<Command>> commandSequences() {
    return CommandArbitraries.sequences(30);
  }
}
