package io.rapport.crm.examples.cli.demo;

import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.EmailContact;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMember;
import io.rapport.crm.party.PhoneContact;
import io.rapport.crm.party.PostalContact;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.sdk.CustomerOverview;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Prints the single-customer view an advisor screen shows, the way a real app must: display names
 * in clear, every other piece of personal data (e-mail, phone, address, national id, account
 * reference) through its masked form. Dates of birth are not shown at all.
 */
final class OverviewPrinter {
  private OverviewPrinter() {}

  /**
   * Prints {@code overview}; {@code names} holds the display names of related customers and
   * household members.
   */
  static void print(PrintWriter out, CustomerOverview overview, Map<CustomerId, String> names) {
    Customer customer = overview.customer();
    new TextTable("field", "value")
        .row("customer", customer.displayName())
        .row("id", customer.id())
        .row("kind / status", customer.kind() + " / " + customer.status())
        .row("tags", String.join(", ", customer.tags()))
        .row("owner / branch", customer.owner() + " / " + customer.branch())
        .row("language", customer.preferredLanguage())
        .row("government id", customer.party().governmentId())
        .row("version", customer.version())
        .print(out);
    out.println();
    out.println("  Contact points (masked)");
    TextTable contacts = new TextTable("channel", "purpose", "primary", "value");
    for (ContactPoint point : customer.contactPoints()) {
      contacts.row(point.channel(), point.purpose(), point.primary() ? "yes" : "", masked(point));
    }
    contacts.print(out);
    out.println();
    out.println("  Relationships");
    TextTable relationships =
        new TextTable("type", "direction", "other customer", "id", "since", "until");
    for (Relationship relationship : overview.relationships()) {
      boolean outgoing = relationship.from().equals(customer.id());
      CustomerId other = outgoing ? relationship.to() : relationship.from();
      relationships.row(
          relationship.type(),
          outgoing ? "->" : "<-",
          names.getOrDefault(other, "?"),
          other,
          relationship.validFrom(),
          relationship.validThru());
    }
    relationships.print(out);
    for (Household household : overview.households()) {
      out.println();
      out.println(
          "  Household " + household.id() + " (" + household.members().size() + " members)");
      TextTable members = new TextTable("role", "member", "primary household", "id");
      for (HouseholdMember member : household.members()) {
        members.row(
            member.role(),
            names.getOrDefault(member.customer(), "?"),
            member.primaryHousehold() ? "yes" : "no",
            member.customer());
      }
      members.print(out);
    }
    out.println();
    out.println("  Holdings (account references masked)");
    TextTable holdings =
        new TextTable("product", "name", "reference", "role", ">balance", "opened", "closed");
    for (Holding holding : overview.holdings()) {
      holdings.row(
          holding.productType(),
          holding.productName(),
          holding.accountReference().masked(),
          holding.role(),
          Format.money(holding.balance()),
          holding.openedOn(),
          holding.closedOn());
    }
    holdings.print(out);
  }

  /** The contact point's value through its masked form. */
  static String masked(ContactPoint point) {
    if (point instanceof EmailContact email) {
      return email.email().masked();
    }
    if (point instanceof PhoneContact phone) {
      return phone.phone().masked();
    }
    return ((PostalContact) point).address().masked();
  }
}
