package io.rapport.crm.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.compliance.ConsentHistory;
import io.rapport.crm.compliance.ConsentSubject;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.spi.CrmStorage;
import io.rapport.crm.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.statistics.Statistics;

/**
 * One run of a command sequence: the storage under test, a fresh tenant and fixtures, and the
 * {@link ReferenceModel} the storage must agree with.
 */
public final class StatefulSession {
  final CrmStorage storage;
  final Fixtures given = Fixtures.forFreshTenant();
  final TenantId tenant = given.tenant();
  final ReferenceModel model = new ReferenceModel();

  /** A session against {@code storage}, with a tenant of its own. */
  public StatefulSession(CrmStorage storage) {
    this.storage = storage;
  }

  /** Runs every command, checking the storage against the model after each. */
  public void run(List<Command> commands) {
    Statistics.label("sequence length").collect(commands.size() / 10 * 10 + "+");
    int step = 0;
    for (Command command : commands) {
      step++;
      command.run(this);
      checkCustomers("after step " + step + ": " + command);
      checkLeads("after step " + step + ": " + command);
    }
    checkEverything();
  }

  <T> T tx(Function<UnitOfWork, T> work) {
    return storage.inTransaction(work);
  }

  /** Customers and their count agree with the model (one search, one count). */
  void checkCustomers(String when) {
    List<Customer> stored = searchAll(CustomerQuery.all(), PageRequest.MAX_LIMIT);
    assertThat(stored).as("customers " + when).isEqualTo(model.customersInSearchOrder(c -> true));
    long count = tx(unit -> unit.customers().count(tenant));
    assertThat(count).as("count " + when).isEqualTo(model.customers.size());
  }

  /** Leads and their count agree with the model (one read by id, one count). */
  void checkLeads(String when) {
    List<Lead> stored = tx(unit -> unit.leads().findAll(tenant, model.leads.keySet()));
    assertThat(stored)
        .as("leads " + when)
        .isEqualTo(ReferenceModel.byIdText(new ArrayList<>(model.leads.values()), Lead::id));
    long count = tx(unit -> unit.leads().count(tenant));
    assertThat(count).as("lead count " + when).isEqualTo(model.leads.size());
  }

  /** Every port agrees with the model, for every customer and record. */
  void checkEverything() {
    model.deals.check(this, List.copyOf(model.customers.keySet()));
    for (Customer customer : model.customers.values()) {
      List<Relationship> relationships =
          tx(unit -> unit.relationships().forCustomer(tenant, customer.id()));
      assertThat(relationships)
          .as("relationships of a customer")
          .isEqualTo(
              ReferenceModel.byIdText(
                  model.relationships.values().stream()
                      .filter(r -> r.involves(customer.id()))
                      .toList(),
                  Relationship::id));
      List<Household> households = tx(unit -> unit.households().forMember(tenant, customer.id()));
      assertThat(households)
          .as("households of a customer")
          .isEqualTo(
              ReferenceModel.byIdText(
                  model.households.values().stream()
                      .filter(h -> h.hasMember(customer.id()))
                      .toList(),
                  Household::id));
      ConsentSubject subject = ConsentSubject.customer(customer.id());
      assertThat(this.<ConsentHistory>tx(unit -> unit.consents().history(tenant, subject)))
          .as("consent history of a customer")
          .isEqualTo(
              new ConsentHistory(
                  subject,
                  model.consents.stream().filter(r -> r.subject().equals(subject)).toList()));
      List<Holding> holdings = tx(unit -> unit.holdings().forCustomer(tenant, customer.id()));
      assertThat(holdings)
          .as("holdings of a customer")
          .isEqualTo(
              ReferenceModel.byIdText(
                  model.holdings.values().stream()
                      .filter(h -> h.customer().equals(customer.id()))
                      .toList(),
                  Holding::id));
    }
  }

  /** Every match of {@code query}, walking pages of {@code limit}. */
  List<Customer> searchAll(CustomerQuery query, int limit) {
    List<Customer> all = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    while (true) {
      PageRequest current = request;
      Page<Customer> page = tx(unit -> unit.customers().search(tenant, query, current));
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      request = PageRequest.after(page.next(), limit);
    }
  }
}
