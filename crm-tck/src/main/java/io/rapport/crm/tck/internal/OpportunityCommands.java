package io.rapport.crm.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.Customer;
import io.rapport.crm.pipeline.LostOpportunity;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.pipeline.OpportunityTerms;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.pipeline.PipelineRuleException;
import io.rapport.crm.pipeline.Transition;
import io.rapport.crm.pipeline.WonOpportunity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.statistics.Statistics;

/** The opportunity steps of a random command sequence (see {@link Command}). */
public final class OpportunityCommands {
  /** Every stage code of the session's pipeline, open ones first. */
  static final List<String> STAGES =
      List.of("LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST");

  /** Amounts in currencies with 2, 0 and 3 decimals. */
  static final List<String> AMOUNTS = List.of("1000.00 EUR", "250.50 USD", "0 JPY", "12.345 BHD");

  private OpportunityCommands() {}

  private static void outcome(String name) {
    Statistics.label("opportunity outcomes").collect(name);
  }

  private static <T extends Opportunity> T store(
      StatefulSession session, Transition<T> transition, boolean insert) {
    @SuppressWarnings("unchecked")
    T stored =
        session.tx(
            unit -> {
              T saved =
                  insert
                      ? transition.opportunity()
                      : (T) unit.opportunities().update(session.tenant, transition.opportunity());
              if (insert) {
                unit.opportunities().insert(session.tenant, saved);
              }
              unit.stageHistory().append(session.tenant, transition.change());
              return saved;
            });
    assertThat(stored.version()).isEqualTo(transition.change().opportunityVersion());
    session.model.deals.stored(stored, transition.change());
    return stored;
  }

  /** Opens an opportunity for a customer in an open stage; defines the pipeline on first use. */
  public record OpenDeal(int customerPick, int amountPick, int stagePick) implements Command {
    @Override
    public void run(StatefulSession session) {
      Customer customer = session.model.pickCustomer(customerPick);
      if (customer == null) {
        outcome("open: no customer");
        return;
      }
      OpportunityModel deals = session.model.deals;
      if (deals.pipeline == null) {
        deals.pipeline = PipelineFixtures.retail(new PipelineId(session.given.nextUuid()));
        session.tx(
            unit -> {
              unit.pipelines().insert(session.tenant, deals.pipeline);
              return null;
            });
      }
      String[] amount = AMOUNTS.get(Math.floorMod(amountPick, AMOUNTS.size())).split(" ");
      Instant now = session.given.later();
      OpportunityTerms terms =
          new OpportunityTerms(
              customer.id(),
              ProductType.MORTGAGE,
              Money.of(amount[0], amount[1]),
              LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(amountPick % 5),
              EmployeeId.of("rm-" + stagePick % 3),
              null,
              null,
              List.of(),
              null);
      store(
          session,
          OpenOpportunity.open(
              new OpportunityId(session.given.nextUuid()),
              deals.pipeline,
              STAGES.get(Math.floorMod(stagePick, 4)),
              terms,
              null,
              null,
              now,
              PipelineFixtures.ACTOR),
          true);
      outcome("opened");
    }
  }

  /** Moves an opportunity to any stage: refused unless open and an other open stage; or stale. */
  public record MoveDeal(int pick, int stagePick, boolean stale) implements Command {
    @Override
    public void run(StatefulSession session) {
      OpportunityModel deals = session.model.deals;
      Opportunity current = deals.pick(pick);
      if (!(current instanceof OpenOpportunity open)) {
        outcome(current == null ? "move: none" : "move: closed, skipped");
        return;
      }
      String target = STAGES.get(Math.floorMod(stagePick, STAGES.size()));
      Instant now = session.given.later();
      if (target.equals(open.stage()) || STAGES.indexOf(target) >= 4) {
        assertThatThrownBy(
                () -> open.moveTo(deals.pipeline, target, null, now, PipelineFixtures.ACTOR))
            .isInstanceOf(PipelineRuleException.class);
        outcome("move: refused by the pipeline");
        return;
      }
      Transition<OpenOpportunity> moved =
          open.moveTo(deals.pipeline, target, null, now, PipelineFixtures.ACTOR);
      if (stale) {
        Transition<OpenOpportunity> staleMove =
            new Transition<>(moved.opportunity().withVersion(open.version() + 1), moved.change());
        assertThatThrownBy(() -> store(session, staleMove, false))
            .isInstanceOf(ConcurrentUpdateException.class);
        outcome("move: stale version refused");
        return;
      }
      store(session, moved, false);
      outcome("moved");
    }
  }

  /** Wins or loses an open opportunity. */
  public record CloseDeal(int pick, boolean win) implements Command {
    @Override
    public void run(StatefulSession session) {
      OpportunityModel deals = session.model.deals;
      if (!(deals.pick(pick) instanceof OpenOpportunity open)) {
        outcome("close: none open");
        return;
      }
      Instant now = session.given.later();
      LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
      if (win) {
        store(
            session,
            open.win(deals.pipeline, open.terms().amount(), day, now, PipelineFixtures.ACTOR),
            false);
        outcome("won");
      } else {
        store(
            session,
            open.lose(
                deals.pipeline,
                deals.pipeline.requireLostReason("PRICE"),
                day,
                now,
                PipelineFixtures.ACTOR),
            false);
        outcome("lost");
      }
    }
  }

  /** Reopens a won or lost opportunity into an open stage. */
  public record ReopenDeal(int pick, int stagePick) implements Command {
    @Override
    public void run(StatefulSession session) {
      OpportunityModel deals = session.model.deals;
      Opportunity current = deals.pick(pick);
      Instant now = session.given.later();
      String stage = STAGES.get(Math.floorMod(stagePick, 4));
      if (current instanceof WonOpportunity won) {
        store(session, won.reopen(deals.pipeline, stage, now, PipelineFixtures.ACTOR), false);
        outcome("reopened a won deal");
      } else if (current instanceof LostOpportunity lost) {
        store(session, lost.reopen(deals.pipeline, stage, now, PipelineFixtures.ACTOR), false);
        outcome("reopened a lost deal");
      } else {
        outcome("reopen: none closed");
      }
    }
  }
}
