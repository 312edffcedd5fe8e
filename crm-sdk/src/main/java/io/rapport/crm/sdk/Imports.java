package io.rapport.crm.sdk;

import io.rapport.crm.common.DuplicateRecordException;
import io.rapport.crm.party.Customer;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.Holding;
import io.rapport.crm.party.Household;
import io.rapport.crm.party.HouseholdMembershipException;
import io.rapport.crm.party.Relationship;
import io.rapport.crm.pipeline.Opportunity;
import io.rapport.crm.pipeline.StageChange;
import java.util.List;

/**
 * Bulk loads of ready-made domain values (which checked themselves when built), e.g. from a data
 * migration or the sample-data generator. Each call is one unit of work: every record is stored
 * with batched writes where the storage offers them, with one audit entry and one "*.imported"
 * event per record, or nothing is stored at all. Referenced customers are checked with one read.
 * Values are stored as given (ids, versions, timestamps). A null argument is refused with a {@link
 * CommandValidationException} naming it. Thread-safe.
 */
public interface Imports {

  /**
   * Stores new customers.
   *
   * @throws DuplicateRecordException if an id is taken; nothing is stored
   */
  ImportResult customers(Caller caller, List<Customer> customers);

  /**
   * Stores new relationships between existing customers. The organisation-target rule is checked;
   * duplicate active links are not (imports take the source system's history as it is).
   *
   * @throws CustomerNotFoundException if a referenced customer is missing; nothing is stored
   * @throws RelationshipRuleException if a BUSINESS_OWNER or DIRECTOR link targets a person
   * @throws DuplicateRecordException if an id is taken; nothing is stored
   */
  ImportResult relationships(Caller caller, List<Relationship> relationships);

  /**
   * Stores new households of existing customers.
   *
   * @throws CustomerNotFoundException if a member is missing; nothing is stored
   * @throws HouseholdMembershipException if a customer would get a second primary household;
   *     nothing is stored
   * @throws DuplicateRecordException if an id is taken; nothing is stored
   */
  ImportResult households(Caller caller, List<Household> households);

  /**
   * Stores new holdings of existing customers.
   *
   * @throws CustomerNotFoundException if a holder is missing; nothing is stored
   * @throws DuplicateRecordException if an id is taken or a customer would hold an account
   *     reference twice; nothing is stored
   */
  ImportResult holdings(Caller caller, List<Holding> holdings);

  /**
   * Stores new opportunities of existing customers in existing pipelines, with their stage-history
   * entries (at least each one's opening entry), in batches: one audit entry and one {@code
   * opportunity.imported} event per opportunity.
   *
   * @throws CustomerNotFoundException if a customer is missing; nothing is stored
   * @throws io.rapport.crm.common.RecordNotFoundException if a pipeline is missing; nothing is
   *     stored
   * @throws io.rapport.crm.common.InvalidValueException if a history entry belongs to none of the
   *     opportunities or an opportunity has no entry; nothing is stored
   * @throws DuplicateRecordException if an id is taken; nothing is stored
   */
  ImportResult opportunities(
      Caller caller, List<Opportunity> opportunities, List<StageChange> history);
}
