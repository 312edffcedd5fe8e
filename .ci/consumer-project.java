package com.example;

import io.rapport.crm.common.Actor;
import io.rapport.crm.common.Page;
import io.rapport.crm.common.PageRequest;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.jdbc.JdbcStorage;
import io.rapport.crm.party.ContactPurpose;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerQuery;
import io.rapport.crm.sdk.Caller;
import io.rapport.crm.sdk.Crm;
import io.rapport.crm.sdk.RegisterCustomer;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/** The README's quick start on the embedded H2 default, as a new user's project holds it. */
public final class BankApp {
  private BankApp() {}

  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:./bank;DB_CLOSE_DELAY=-1");
    Crm crm = Crm.builder().storage(JdbcStorage.builder(h2).build()).build();
    Caller caller = Caller.of(TenantId.of("bank-a"), Actor.user("rm-17"));

    Customer ada =
        crm.customers()
            .register(
                caller,
                RegisterCustomer.person("Ada Lovelace")
                    .dateOfBirth(LocalDate.of(1985, 12, 10))
                    .email("ada.lovelace@example.com", ContactPurpose.PERSONAL)
                    .tag("affluent")
                    .active()
                    .build());

    List<Customer> found = crm.customers().findByEmail(caller, "Ada.Lovelace@EXAMPLE.com");
    Page<Customer> byName =
        crm.customers().search(caller, CustomerQuery.nameStartsWith("lo"), PageRequest.first(50));
    System.out.println("Registered " + ada.id());
    System.out.println("Found by e-mail: " + found.size());
    System.out.println("Found by name part: " + byName.items().size());
  }
}
