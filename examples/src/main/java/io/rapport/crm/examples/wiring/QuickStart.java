package io.rapport.crm.examples.wiring;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.inmemory.InMemoryStorage;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RegisterCustomer;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's quick start: a {@link Crm} over the in-memory storage, one customer registered and
 * found again by e-mail. Swap {@code InMemoryStorage.create()} for {@code
 * JdbcStorage.builder(dataSource).build()} to keep the data in H2, PostgreSQL or MariaDB.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Registers a customer and finds it by e-mail; prints masked values only. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the quick start, printing to {@code out}; returns the registered customer. */
  public static Customer run(PrintStream out) {
    Crm crm = Crm.builder().storage(InMemoryStorage.create()).build();
    Caller caller = Caller.of(TenantId.of("bank-a"), Actor.user("rm-17"));

    Customer ada =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person("Ada Lovelace")
                    .dateOfBirth(LocalDate.of(1985, 12, 10))
                    .email("ada.lovelace@example.com", ContactPurpose.PERSONAL)
                    .phone("+44 7700 900461", ContactPurpose.PERSONAL)
                    .preferredLanguage("en-GB")
                    .tag("affluent")
                    .owner("rm-17")
                    .branch("GB-LON-01")
                    .active()
                    .build());

    List<Customer> found = crm.customers().findByEmail(caller, "Ada.Lovelace@example.com");
    out.println("Registered " + ada); // toString() masks personal data
    out.println("Found by e-mail: " + found.size() + " customer(s), id " + found.get(0).id());
    return ada;
  }
}
