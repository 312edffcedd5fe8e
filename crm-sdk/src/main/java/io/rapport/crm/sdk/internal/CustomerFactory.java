package io.rapport.crm.sdk.internal;

import io.rapport.crm.common.BranchCode;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.common.IdSource;
import io.rapport.crm.common.pii.GovernmentId;
import io.rapport.crm.party.ContactPoint;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerStatus;
import io.rapport.crm.party.Organisation;
import io.rapport.crm.party.Party;
import io.rapport.crm.party.PartyKind;
import io.rapport.crm.party.Person;
import io.rapport.crm.sdk.NewGovernmentId;
import io.rapport.crm.sdk.RegisterCustomer;
import io.rapport.crm.sdk.UpdateCustomer;
import io.rapport.crm.sdk.internal.validation.ViolationCollector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** Turns validated customer commands into {@link Customer} values. */
final class CustomerFactory {
  private CustomerFactory() {}

  /**
   * The customer {@code command} registers, with new ids, created at {@code now}. The date is
   * reported at the builder's name: {@code dateOfBirth} for a person, {@code incorporatedOn} for an
   * organisation.
   *
   * @throws io.rapport.crm.sdk.CommandValidationException listing every violation in {@code
   *     collector} and every value a core type refused
   */
  static Customer create(
      ViolationCollector collector, RegisterCustomer command, IdSource ids, Instant now) {
    collector.rename(
        "foundingDate", command.kind() == PartyKind.PERSON ? "dateOfBirth" : "incorporatedOn");
    collector.require(
        command.initialStatus() == CustomerStatus.PROSPECT
            || command.initialStatus() == CustomerStatus.ACTIVE,
        "initialStatus",
        "InitialStatus",
        "must be PROSPECT or ACTIVE");
    GovernmentId governmentId = governmentId(collector, command.governmentId());
    List<ContactPoint> points =
        ContactPoints.all(collector, "contactPoints", command.contactPoints(), ids);
    EmployeeId owner = owner(collector, command.owner());
    BranchCode branch = branch(collector, command.branch());
    Party party =
        party(collector, command.kind(), command.legalName(), command.foundingDate(), governmentId);
    Customer customer =
        !collector.valid()
            ? null
            : collector.under(
                "",
                () ->
                    Customer.builder(ids.next(CustomerId::new), party, now)
                        .displayName(
                            command.displayName() == null
                                ? command.legalName()
                                : command.displayName())
                        .status(command.initialStatus())
                        .contactPoints(points)
                        .preferredLanguage(command.preferredLanguage())
                        .tags(new TreeSet<>(command.tags()))
                        .owner(owner)
                        .branch(branch)
                        .build());
    collector.throwIfInvalid();
    return customer;
  }

  /**
   * {@code current} with the profile of {@code command}, changed at {@code now}.
   *
   * @throws io.rapport.crm.sdk.CommandValidationException listing every violation in {@code
   *     collector} and every value a core type refused
   */
  static Customer updated(
      ViolationCollector collector, Customer current, UpdateCustomer command, Instant now) {
    GovernmentId governmentId = governmentId(collector, command.governmentId());
    EmployeeId owner = owner(collector, command.owner());
    BranchCode branch = branch(collector, command.branch());
    Party party =
        party(collector, current.kind(), command.legalName(), command.foundingDate(), governmentId);
    Customer customer =
        !collector.valid()
            ? null
            : collector.under(
                "",
                () ->
                    current.toBuilder()
                        .party(party)
                        .displayName(
                            command.displayName() == null
                                ? command.legalName()
                                : command.displayName())
                        .preferredLanguage(command.preferredLanguage())
                        .tags(new TreeSet<>(command.tags()))
                        .owner(owner)
                        .branch(branch)
                        .updatedAt(now)
                        .build());
    collector.throwIfInvalid();
    return customer;
  }

  /**
   * Records what can be checked of {@code command} without the stored customer: the government id,
   * owner and branch. Lets an update report these with the command's constraint violations before
   * the customer is read.
   */
  static void precheck(ViolationCollector collector, UpdateCustomer command) {
    governmentId(collector, command.governmentId());
    owner(collector, command.owner());
    branch(collector, command.branch());
  }

  private static GovernmentId governmentId(ViolationCollector collector, NewGovernmentId id) {
    return id == null
        ? null
        : collector.under("", () -> new GovernmentId(id.kind(), id.country(), id.value()));
  }

  private static EmployeeId owner(ViolationCollector collector, String owner) {
    return owner == null ? null : collector.at("owner", () -> EmployeeId.of(owner.strip()));
  }

  private static BranchCode branch(ViolationCollector collector, String branch) {
    return branch == null ? null : collector.at("branch", () -> BranchCode.of(branch.strip()));
  }

  private static Party party(
      ViolationCollector collector,
      PartyKind kind,
      String legalName,
      LocalDate foundingDate,
      GovernmentId governmentId) {
    return collector.under(
        "",
        () ->
            kind == PartyKind.PERSON
                ? new Person(legalName, foundingDate, governmentId)
                : new Organisation(legalName, foundingDate, governmentId));
  }
}
