package io.rapport.crm.sdk;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.Customer;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.PipelineDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Drives {@link Opportunities#move}, {@link Opportunities#win}, {@link Opportunities#lose}, {@link
 * Opportunities#reopen} and {@link Opportunities#update} with bad ids, versions, stages, amounts,
 * currencies, dates and texts, and with records of another tenant or in the wrong state.
 */
class HostileOpportunitiesPropertiesTest extends HostileFixture {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final OpportunityId UNKNOWN = new OpportunityId(new UUID(7, 7));

  private OpenOpportunity open;
  private Opportunity won;
  private OpenOpportunity foreign;

  @BeforeProperty
  void storedTargets() {
    open = openOpportunity(caller);
    OpenOpportunity toWin = openOpportunity(caller);
    won =
        crm.opportunities()
            .win(caller, WinOpportunity.of(toWin.id(), toWin.version(), "10.00", "EUR", DAY));
    foreign = openOpportunity(stranger);
  }

  private OpenOpportunity openOpportunity(Caller who) {
    Customer owner = crm.customers().register(who, RegisterCustomer.person(NAME).build());
    PipelineDefinition pipeline =
        crm.pipelines()
            .define(
                who,
                DefinePipeline.named("Retail")
                    .open("NEW", "New", 10, ForecastCategory.PIPELINE)
                    .open("OFFER", "Offer", 60, ForecastCategory.BEST_CASE)
                    .won("WON", "Won")
                    .lost("LOST", "Lost")
                    .lostReason("PRICE", "Price")
                    .build());
    return crm.opportunities()
        .open(
            who,
            NewOpportunity.in(pipeline.id(), owner.id(), ProductType.SAVINGS)
                .amount("1000.00", "EUR")
                .closingOn(DAY.plusMonths(3))
                .owner("rm-17")
                .build());
  }

  @Property(tries = 100)
  void anyLifecycleCall_hostileArguments_refusedCleanly(@ForAll("calls") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Property(tries = 100)
  void anyListedLifecycleCall_refusedCleanly(@ForAll("listed") Hostile hostile) {
    assertRefusedCleanly(hostile);
  }

  @Override
  Object stored() {
    return List.of(
        super.stored(),
        crm.opportunities().get(caller, open.id()),
        crm.opportunities().get(caller, won.id()),
        crm.opportunities().get(stranger, foreign.id()));
  }

  @Provide
  Arbitrary<Hostile> listed() {
    return Arbitraries.of(listedCalls());
  }

  /** The fixed hostile calls; few enough that every one runs on each build. */
  private List<Hostile> listedCalls() {
    return List.of(
        move(null, 1, "OFFER", null, "id"),
        move(null, 0, " ", 101, "id", "expectedVersion", "stage", "probability"),
        invalid("move(null)", Set.of("command"), () -> crm.opportunities().move(caller, null)),
        refused(
            "move(unknown stage)",
            () ->
                crm.opportunities().move(caller, MoveOpportunity.to(open.id(), 1, "NO-SUCH-STAGE")),
            "NO-SUCH-STAGE"),
        refused(
            "move(unknown)",
            () -> crm.opportunities().move(caller, MoveOpportunity.to(UNKNOWN, 1, "OFFER"))),
        refused(
            "move(foreign)",
            () -> crm.opportunities().move(caller, MoveOpportunity.to(foreign.id(), 1, "OFFER"))),
        refused(
            "move(stale)",
            () -> crm.opportunities().move(caller, MoveOpportunity.to(open.id(), 9, "OFFER"))),
        refused(
            "move(won)",
            () ->
                crm.opportunities()
                    .move(caller, MoveOpportunity.to(won.id(), won.version(), "OFFER"))),
        invalid(
            "move(null caller)",
            Set.of("caller"),
            () -> crm.opportunities().move(null, MoveOpportunity.to(open.id(), 1, "OFFER"))),
        win("10.00", "EUR", null, "wonOn", null),
        win(null, null, null, "actualAmount", null),
        invalid("win(null)", Set.of("command"), () -> crm.opportunities().win(caller, null)),
        refused(
            "win(unknown)",
            () ->
                crm.opportunities()
                    .win(caller, new WinOpportunity(UNKNOWN, 1, BigDecimal.ONE, "EUR", DAY))),
        refused(
            "win(foreign)",
            () ->
                crm.opportunities()
                    .win(caller, new WinOpportunity(foreign.id(), 1, BigDecimal.ONE, "EUR", DAY))),
        refused(
            "win(won)",
            () ->
                crm.opportunities()
                    .win(
                        caller,
                        new WinOpportunity(won.id(), won.version(), BigDecimal.ONE, "EUR", DAY))),
        refused(
            "win(stale)",
            () ->
                crm.opportunities()
                    .win(caller, new WinOpportunity(open.id(), 5, BigDecimal.ONE, "EUR", DAY))),
        lose(open.id(), open.version(), "PRICE", null, "lostOn"),
        lose(null, -3, "PRICE", DAY, "id", "expectedVersion"),
        invalid("lose(null)", Set.of("command"), () -> crm.opportunities().lose(caller, null)),
        refused(
            "lose(unknown reason)",
            () ->
                crm.opportunities()
                    .lose(
                        caller,
                        LoseOpportunity.of(open.id(), open.version(), "NO-SUCH-REASON", DAY)),
            "NO-SUCH-REASON"),
        refused(
            "lose(won)",
            () ->
                crm.opportunities()
                    .lose(caller, LoseOpportunity.of(won.id(), won.version(), "PRICE", DAY))),
        refused(
            "lose(foreign)",
            () ->
                crm.opportunities()
                    .lose(caller, LoseOpportunity.of(foreign.id(), 1, "PRICE", DAY))),
        invalid(
            "reopen",
            Set.of("id", "expectedVersion"),
            () -> crm.opportunities().reopen(caller, ReopenOpportunity.of(null, 0, "NEW"))),
        invalid("reopen(null)", Set.of("command"), () -> crm.opportunities().reopen(caller, null)),
        refused(
            "reopen(open)",
            () ->
                crm.opportunities()
                    .reopen(caller, ReopenOpportunity.of(open.id(), open.version(), "NEW"))),
        refused(
            "reopen(unknown stage)",
            () ->
                crm.opportunities()
                    .reopen(caller, ReopenOpportunity.of(won.id(), won.version(), "NO-SUCH-STAGE")),
            "NO-SUCH-STAGE"),
        refused(
            "reopen(foreign)",
            () -> crm.opportunities().reopen(caller, ReopenOpportunity.of(foreign.id(), 1, "NEW"))),
        update(
            updated(open.id(), open.version(), new BigDecimal("-0.01"), "EUR", "rm-17", 50),
            Set.of("amount")),
        update(
            updated(open.id(), open.version(), null, "QQQ", "rm-17", 50),
            Set.of("amount", "currency"),
            "QQQ"),
        update(
            updated(open.id(), open.version(), BigDecimal.ONE, "EUR", "rm-17", 101),
            Set.of("probability")),
        update(
            updated(null, 0, BigDecimal.ONE, "EUR", "rm-17", -1),
            Set.of("id", "expectedVersion", "probability")),
        invalid("update(null)", Set.of("command"), () -> crm.opportunities().update(caller, null)),
        refused(
            "update(foreign)",
            () ->
                crm.opportunities()
                    .update(caller, updated(foreign.id(), 1, BigDecimal.ONE, "EUR", "rm-17", 5))),
        refused(
            "update(won)",
            () ->
                crm.opportunities()
                    .update(
                        caller,
                        updated(won.id(), won.version(), BigDecimal.ONE, "EUR", "rm-17", 5))));
  }

  @Provide
  Arbitrary<Hostile> calls() {
    return Arbitraries.oneOf(
        badRequiredText(50).map(stage -> move(open.id(), open.version(), stage, null, "stage")),
        badVersion().map(version -> move(open.id(), version, "OFFER", null, "expectedVersion")),
        Arbitraries.oneOf(
                Arbitraries.integers().lessOrEqual(-1), Arbitraries.integers().greaterOrEqual(101))
            .map(percent -> move(open.id(), open.version(), "OFFER", percent, "probability")),
        Arbitraries.of("abc", "12,50", "1.2.3", "-1", "NaN", "1e9999999999", " ")
            .map(amount -> win(amount, "EUR", DAY, "actualAmount", amount)),
        Arbitraries.of("QQQ", "eur1", "EURO", "", "e\u0000r")
            .map(currency -> win("10.00", currency, DAY, "currency", currency)),
        badRequiredText(50).map(reason -> lose(open.id(), open.version(), reason, DAY, "reason")),
        badRequiredText(50)
            .map(
                stage ->
                    invalid(
                        "reopen",
                        Set.of("stage"),
                        () ->
                            crm.opportunities()
                                .reopen(
                                    caller, ReopenOpportunity.of(won.id(), won.version(), stage)),
                        stage)),
        badRequiredText(64)
            .map(
                owner ->
                    update(
                        updated(open.id(), open.version(), BigDecimal.ONE, "EUR", owner, 50),
                        Set.of("owner"),
                        owner)));
  }

  private Hostile move(
      OpportunityId id, long version, String stage, Integer percent, String... paths) {
    Set<String> bad = Set.of(paths);
    return invalid(
        "move",
        bad,
        () -> crm.opportunities().move(caller, new MoveOpportunity(id, version, stage, percent)),
        bad.contains("stage") ? stage : null);
  }

  private Hostile win(
      String amount, String currency, LocalDate wonOn, String path, String rejected) {
    return invalid(
        "win",
        Set.of(path),
        () ->
            crm.opportunities()
                .win(caller, WinOpportunity.of(open.id(), open.version(), amount, currency, wonOn)),
        rejected);
  }

  private Hostile lose(
      OpportunityId id, long version, String reason, LocalDate lostOn, String... paths) {
    Set<String> bad = Set.of(paths);
    return invalid(
        "lose",
        bad,
        () -> crm.opportunities().lose(caller, LoseOpportunity.of(id, version, reason, lostOn)),
        bad.contains("reason") ? reason : null);
  }

  private Hostile update(UpdateOpportunity command, Set<String> paths, String... rejected) {
    return invalid("update", paths, () -> crm.opportunities().update(caller, command), rejected);
  }

  private static UpdateOpportunity updated(
      OpportunityId id,
      long version,
      BigDecimal amount,
      String currency,
      String owner,
      int percent) {
    return new UpdateOpportunity(
        id, version, amount, currency, DAY.plusMonths(2), owner, percent, null, List.of(), null);
  }
}
