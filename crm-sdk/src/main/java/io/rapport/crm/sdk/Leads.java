package io.rapport.crm.sdk;

import io.rapport.crm.common.ConcurrentUpdateException;
import io.rapport.crm.common.EmployeeId;
import io.rapport.crm.lead.AssignmentEngine;
import io.rapport.crm.lead.Conversion;
import io.rapport.crm.lead.ConvertedLead;
import io.rapport.crm.lead.DisqualifiedLead;
import io.rapport.crm.lead.IllegalLeadTransitionException;
import io.rapport.crm.lead.Lead;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.lead.LeadNotFoundException;
import io.rapport.crm.lead.LeadScorer;
import io.rapport.crm.lead.NaiveBayesScorer;
import io.rapport.crm.lead.OpenLead;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.CustomerNotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Leads from capture to conversion: duplicate checks, explainable scoring, assignment, lifecycle
 * and conversion into a customer. Every change writes an audit entry and a domain event ({@code
 * lead.*}) in the same unit of work. Methods taking {@code expectedVersion} refuse a lead changed
 * since with {@link ConcurrentUpdateException}. A null argument is refused with a {@link
 * CommandValidationException} naming it. Thread-safe.
 */
public interface Leads {

  /**
   * Captures a lead (NEW, version 1, event "lead.captured") and checks it for duplicates among open
   * leads and customers; the host decides what to do with them ({@link #linkToCustomer}, {@link
   * #mergeInto}, {@link #keep}). A key captured before returns the earlier lead, replayed, and
   * stores nothing.
   *
   * @throws CommandValidationException listing every invalid field, e.g. a referral without a
   *     referrer
   */
  Captured capture(Caller caller, CaptureLead command);

  /**
   * Captures many leads with batched writes in one unit of work; keys captured before (or repeated
   * in the list) return the earlier lead, replayed. Duplicates are not searched: call {@link
   * #findDuplicates} on demand.
   *
   * @return one result per command, in order
   * @throws CommandValidationException listing every invalid field (paths start with {@code
   *     leads[i]}); nothing is stored
   */
  List<Captured> captureAll(Caller caller, List<CaptureLead> commands);

  /**
   * The lead with the id, in its current state ({@link OpenLead}, {@link DisqualifiedLead} or
   * {@link ConvertedLead}).
   *
   * @throws CommandValidationException if {@code caller} or {@code id} is null
   * @throws LeadNotFoundException if the tenant has none
   */
  default Lead get(Caller caller, LeadId id) {
    return find(caller, id).orElseThrow(() -> new LeadNotFoundException(id));
  }

  /** The lead with the id, or empty when the caller's tenant has none. */
  Optional<Lead> find(Caller caller, LeadId id);

  /**
   * Probable duplicates of the lead among the other open leads and the customers, best score first.
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   */
  List<DuplicateCandidate> findDuplicates(Caller caller, LeadId id);

  /**
   * Decides that the lead is the existing customer: conversion will attach to it ("lead.linked").
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws CustomerNotFoundException if the tenant has no such customer
   * @throws IllegalLeadTransitionException if the lead is closed
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  OpenLead linkToCustomer(Caller caller, LeadId id, long expectedVersion, CustomerId customer);

  /**
   * Merges the duplicate into the surviving lead: the survivor takes the contact details it lacks
   * ("lead.merged-into" on it), the duplicate is disqualified with reason {@code merged}
   * ("lead.merged").
   *
   * @return the survivor as stored
   * @throws LeadNotFoundException if either lead is missing
   * @throws IllegalLeadTransitionException if either lead is closed
   * @throws ConcurrentUpdateException if the duplicate changed since {@code expectedVersion}
   */
  OpenLead mergeInto(Caller caller, LeadId duplicate, long expectedVersion, LeadId survivor);

  /**
   * Records the decision to keep the lead despite its duplicate candidates ("lead.kept"); the lead
   * itself is unchanged.
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  Lead keep(Caller caller, LeadId id, long expectedVersion);

  /**
   * NEW → CONTACTED ("lead.contacted").
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws IllegalLeadTransitionException if the lead is not NEW
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  OpenLead markContacted(Caller caller, LeadId id, long expectedVersion);

  /**
   * NEW or CONTACTED → QUALIFIED ("lead.qualified").
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws IllegalLeadTransitionException if the lead is not NEW or CONTACTED
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  OpenLead qualify(Caller caller, LeadId id, long expectedVersion);

  /**
   * An open lead → DISQUALIFIED with {@code reason} ("lead.disqualified").
   *
   * @throws CommandValidationException if the reason is blank or longer than 200 characters
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws IllegalLeadTransitionException if the lead is closed
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  DisqualifiedLead disqualify(Caller caller, LeadId id, long expectedVersion, String reason);

  /**
   * Scores the lead now with {@code scorer} and stores the score, its model version and reasons
   * ("lead.scored").
   *
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  Lead score(Caller caller, LeadId id, long expectedVersion, LeadScorer scorer);

  /**
   * Trains the reference naive Bayes model on the tenant's closed leads (up to 100,000 converted
   * and 100,000 disqualified). Reads only.
   *
   * @param version the model's name, stored with every score it makes
   */
  NaiveBayesScorer trainModel(Caller caller, String version);

  /**
   * Assigns an open lead to {@code owner} by hand ("lead.assigned", rule {@code manual}).
   *
   * @throws CommandValidationException if the reason is blank or longer than 200 characters
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws IllegalLeadTransitionException if the lead is closed
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  OpenLead assign(Caller caller, LeadId id, long expectedVersion, EmployeeId owner, String reason);

  /**
   * Assigns the open leads among {@code ids} by {@code engine}, counting each owner's current open
   * leads, with batched writes in one unit of work ("lead.assigned" each, with rule and reason).
   * Leads no rule matches, or closed ones, are left as they are.
   *
   * @return the assigned leads as stored, in the order of {@code ids}
   * @throws LeadNotFoundException if an id is not in the tenant; nothing is stored
   * @throws ConcurrentUpdateException if a lead changed during the call; nothing is stored
   */
  List<Lead> assignAll(Caller caller, List<LeadId> ids, AssignmentEngine engine);

  /**
   * Converts a qualified lead in one unit of work: registers the new customer
   * ("customer.registered") or attaches to the existing one, and marks the lead CONVERTED with the
   * customer, the idempotency key and the referrer credited ("lead.converted", whose data names the
   * lead, the customer and the referrer). Refusals are values: {@link Conversion.Rejected} with
   * ALREADY_CONVERTED (another key converted it), DISQUALIFIED or NOT_QUALIFIED; nothing is then
   * stored. Converting again with the same key returns the first result, replayed.
   *
   * @throws CommandValidationException listing every invalid field, or naming an opportunity (not
   *     supported until the pipeline context is part of the SDK)
   * @throws LeadNotFoundException if the tenant has no such lead
   * @throws CustomerNotFoundException if the existing customer is not in the tenant
   * @throws ConcurrentUpdateException if the lead changed since {@code expectedVersion}
   */
  Conversion convert(Caller caller, ConvertLead command);
}
