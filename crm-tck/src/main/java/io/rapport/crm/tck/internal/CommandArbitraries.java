package io.rapport.crm.tck.internal;

import io.rapport.crm.compliance.ConsentAction;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.RelationshipType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Generators of random {@link Command} sequences, weighted towards registering customers. */
public final class CommandArbitraries {
  private CommandArbitraries() {}

  /**
   * Sequences of up to {@code maxSize} commands, opening with three registrations so that the
   * commands after them meet customers, and collide on them, from the start.
   */
  public static Arbitrary<List<Command>> sequences(int maxSize) {
    Arbitrary<List<Command>> opening = register().list().ofSize(3);
    Arbitrary<List<Command>> rest =
        command()
            .list()
            .ofMinSize(1)
            .ofMaxSize(maxSize - 3)
            .withSizeDistribution(RandomDistribution.uniform());
    return Combinators.combine(opening, rest)
        .as(
            (first, then) -> {
              List<Command> all = new ArrayList<>(first);
              all.addAll(then);
              return all;
            });
  }

  private static Arbitrary<Command> register() {
    return Combinators.combine(
            Arbitraries.integers().between(0, Command.NAMES.size() - 1),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, (1 << Command.TAGS.size()) - 1),
            Arbitraries.integers().between(0, Command.EMAILS.size() - 1))
        .as(Command.Register::new);
  }

  /** One command of any kind. */
  @SuppressWarnings("unchecked")
  public static Arbitrary<Command> command() {
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 99);
    Arbitrary<Integer> name = Arbitraries.integers().between(0, Command.NAMES.size() - 1);
    Arbitrary<Integer> tagMask = Arbitraries.integers().between(0, (1 << Command.TAGS.size()) - 1);
    Arbitrary<Integer> email = Arbitraries.integers().between(0, Command.EMAILS.size() - 1);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<Boolean> mostlyTrue = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false));
    Arbitrary<Integer> pageSize = Arbitraries.integers().between(1, 4);
    return Arbitraries.frequencyOf(
        Tuple.of(4, register()),
        Tuple.of(3, Combinators.combine(pick, name).as(Command.Rename::new)),
        Tuple.of(2, Combinators.combine(pick, name).as(Command.StaleUpdate::new)),
        Tuple.of(
            2,
            Combinators.combine(pick, Arbitraries.of(CustomerStatus.class))
                .as(Command.ChangeStatus::new)),
        Tuple.of(2, Combinators.combine(pick, tagMask).as(Command.SetTags::new)),
        Tuple.of(
            2,
            Combinators.combine(pick, flag, Arbitraries.integers().between(0, 11), flag)
                .as(Command.AddContactPoint::new)),
        Tuple.of(1, Combinators.combine(pick, pick).as(Command.RemoveContactPoint::new)),
        Tuple.of(
            2,
            Combinators.combine(pick, pick, Arbitraries.of(RelationshipType.class))
                .as(Command.Link::new)),
        Tuple.of(1, pick.map(Command.EndRelationship::new)),
        Tuple.of(
            4,
            Combinators.combine(
                    pick.list().ofMinSize(1).ofMaxSize(3),
                    mostlyTrue.list().ofMinSize(1).ofMaxSize(3))
                .as(Command.CreateHousehold::new)),
        Tuple.of(
            4,
            Combinators.combine(
                    pick, Arbitraries.integers().between(0, Command.REFERENCES.size() - 1))
                .as(Command.AddHolding::new)),
        Tuple.of(1, Combinators.combine(pick, flag).as(Command.DeleteHolding::new)),
        Tuple.of(
            2,
            Combinators.combine(
                    Arbitraries.integers().between(0, Command.TAGS.size() - 1), pageSize)
                .as(Command.SearchByTag::new)),
        Tuple.of(
            1,
            Combinators.combine(
                    name,
                    Arbitraries.integers().between(0, 4),
                    Arbitraries.integers().between(1, 3),
                    pageSize)
                .as(Command.SearchByPrefix::new)),
        Tuple.of(1, email.map(Command.FindByEmail::new)),
        Tuple.of(1, Combinators.combine(pick, name).as(Command.RolledBackUnit::new)),
        Tuple.of(
            3,
            Combinators.combine(
                    Arbitraries.integers().between(0, LeadCommands.KEYS.size() - 1), email)
                .as(LeadCommands.Capture::new)),
        Tuple.of(
            3,
            Combinators.combine(pick, Arbitraries.of(LeadStatus.class)).as(LeadCommands.Move::new)),
        Tuple.of(1, pick.map(LeadCommands.StaleLeadUpdate::new)),
        Tuple.of(
            1,
            Arbitraries.integers()
                .between(0, LeadCommands.OWNERS.size() - 1)
                .map(LeadCommands.AssignOpen::new)),
        Tuple.of(1, email.map(LeadCommands.FindByEmail::new)),
        Tuple.of(
            3,
            Combinators.combine(
                    pick,
                    Arbitraries.frequency(
                        Tuple.of(4, ConsentAction.GRANTED),
                        Tuple.of(1, ConsentAction.REQUESTED),
                        Tuple.of(1, ConsentAction.CONFIRMED),
                        Tuple.of(1, ConsentAction.WITHDRAWN),
                        Tuple.of(1, ConsentAction.EXPIRED)),
                    Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1)))
                .as(CampaignCommands.RecordConsent::new)),
        Tuple.of(
            2,
            Arbitraries.integers()
                .between(0, Command.TAGS.size() - 1)
                .map(CampaignCommands.Launch::new)),
        Tuple.of(3, Combinators.combine(pick, pick, pick).as(OpportunityCommands.OpenDeal::new)),
        Tuple.of(3, Combinators.combine(pick, pick, flag).as(OpportunityCommands.MoveDeal::new)),
        Tuple.of(2, Combinators.combine(pick, flag).as(OpportunityCommands.CloseDeal::new)),
        Tuple.of(1, Combinators.combine(pick, pick).as(OpportunityCommands.ReopenDeal::new)));
  }
}
