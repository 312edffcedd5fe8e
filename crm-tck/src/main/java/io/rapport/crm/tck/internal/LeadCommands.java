package io.rapport.crm.tck.internal;

import static io.rapport.crm.tck.internal.ConversionBuilder.aConversion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.EmailAddress;
import io.rapport.crm.lead.ConsentFlags;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadAssignment;
import io.rapport.crm.lead.LeadContact;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadSource;
import io.rapport.crm.lead.LeadStatus;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.lead.SourceKind;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.statistics.Statistics;

/**
 * The lead commands of the stateful model: capture under a small set of keys (so keys collide),
 * lifecycle moves, stale updates, bulk assignment and duplicate lookups by e-mail, each checked
 * against the {@link ReferenceModel}.
 */
public final class LeadCommands {
  /** Capture keys; few, so that captures collide. */
  static final List<String> KEYS = List.of("form-1", "form-2", "form-3", "form-4", "form-5");

  /** Owners for bulk assignment. */
  static final List<String> OWNERS = List.of("rm-1", "rm-2");

  private static final BranchCode NO_BRANCH = null;
  private static final String NO_SEGMENT = null;

  private LeadCommands() {}

  private static void outcome(String name) {
    Statistics.label("outcomes").collect(name);
  }

  private static Lead leadAt(StatefulSession session, int pick) {
    return ReferenceModel.pick(new ArrayList<>(session.model.leads.values()), pick);
  }

  /** Captures a lead; refused when the key is taken. */
  public record Capture(int key, int email) implements Command {
    @Override
    public void run(StatefulSession session) {
      Lead lead =
          OpenLead.capture(
              new LeadId(session.given.nextUuid()),
              LeadSource.of(SourceKind.WEB_FORM, null),
              ProductType.SAVINGS,
              LeadContact.named("Lead " + key)
                  .withEmail(EmailAddress.of(Command.EMAILS.get(email))),
              ConsentFlags.contactOnly(),
              KEYS.get(key),
              NO_BRANCH,
              NO_SEGMENT,
              session.given.now());
      boolean taken =
          session.model.leads.values().stream().anyMatch(l -> l.captureKey().equals(KEYS.get(key)));
      if (taken) {
        assertThatThrownBy(() -> session.tx(tx -> insert(tx, session, lead)))
            .isInstanceOf(DuplicateRecordException.class);
        outcome("lead refused: key taken");
      } else {
        session.tx(tx -> insert(tx, session, lead));
        session.model.leads.put(lead.id(), lead);
        outcome("lead captured");
      }
    }

    private static Void insert(UnitOfWork tx, StatefulSession session, Lead lead) {
      tx.leads().insert(session.tenant, lead);
      return null;
    }
  }

  /** Moves a lead to {@code target} when its lifecycle allows it. */
  public record Move(int pick, LeadStatus target) implements Command {
    @Override
    public void run(StatefulSession session) {
      if (!(leadAt(session, pick) instanceof OpenLead lead) || !lead.status().canMoveTo(target)) {
        return;
      }
      Lead moved =
          switch (target) {
            case CONTACTED -> lead.contacted(session.given.later());
            case QUALIFIED -> lead.qualified(session.given.later());
            case DISQUALIFIED -> lead.disqualified("no need", session.given.later());
            case CONVERTED ->
                lead.converted(
                    aConversion()
                        .intoNewCustomer(new CustomerId(session.given.nextUuid()))
                        .withKey("convert")
                        .at(session.given.later())
                        .build());
            case NEW -> lead;
          };
      Lead stored = session.tx(tx -> tx.leads().update(session.tenant, moved));
      assertThat(stored.version()).isEqualTo(lead.version() + 1);
      session.model.leads.put(stored.id(), stored);
      outcome("lead moved to " + target);
    }
  }

  /** Updates a lead with a version it does not have; refused, nothing changes. */
  public record StaleLeadUpdate(int pick) implements Command {
    @Override
    public void run(StatefulSession session) {
      Lead lead = leadAt(session, pick);
      if (lead == null) {
        return;
      }
      Lead stale = lead.withVersion(lead.version() + 1);
      assertThatThrownBy(() -> session.tx(tx -> tx.leads().update(session.tenant, stale)))
          .isInstanceOf(ConcurrentUpdateException.class);
      outcome("lead refused: stale");
    }
  }

  /** Assigns every open unassigned lead to one owner in one bulk update. */
  public record AssignOpen(int owner) implements Command {
    @Override
    public void run(StatefulSession session) {
      List<Lead> changed = new ArrayList<>();
      for (Lead lead : session.model.leads.values()) {
        if (lead instanceof OpenLead open && open.assignment() == null) {
          changed.add(
              open.assigned(
                  new LeadAssignment(
                      EmployeeId.of(OWNERS.get(owner)), "all", "bulk", session.given.now())));
        }
      }
      List<Lead> stored = session.tx(tx -> tx.leads().updateAll(session.tenant, changed));
      stored.forEach(lead -> session.model.leads.put(lead.id(), lead));
      Map<EmployeeId, Long> expected = new HashMap<>();
      for (Lead lead : session.model.leads.values()) {
        if (lead.status().open() && lead.assignment() != null) {
          expected.merge(lead.assignment().owner(), 1L, Long::sum);
        }
      }
      Map<EmployeeId, Long> counted = session.tx(tx -> tx.leads().openLeadsByOwner(session.tenant));
      assertThat(counted).isEqualTo(expected);
      outcome("leads assigned: " + stored.size());
    }
  }

  /** Looks open leads up by an e-mail key and compares with the model. */
  public record FindByEmail(int email) implements Command {
    @Override
    public void run(StatefulSession session) {
      EmailAddress wanted = EmailAddress.of(Command.EMAILS.get(email));
      List<Lead> found =
          session.tx(
              tx ->
                  tx.leads()
                      .findOpenSharingKey(
                          session.tenant, LeadContact.named("x").withEmail(wanted), 50));
      List<Lead> expected =
          ReferenceModel.byIdText(
              session.model.leads.values().stream()
                  .filter(l -> l.status().open())
                  .filter(l -> l.contact().email().normalized().equals(wanted.normalized()))
                  .toList(),
              Lead::id);
      assertThat(found).isEqualTo(expected);
      outcome("leads found by e-mail: " + found.size());
    }
  }
}
