package io.rapport.crm.sdk;

import io.rapport.crm.party.CustomerMergedException;
import io.rapport.crm.party.CustomerNotFoundException;
import io.rapport.crm.party.merge.DuplicateReport;
import io.rapport.crm.party.merge.MergeId;
import io.rapport.crm.party.merge.UnmergeRefusedException;
import java.util.Optional;

/**
 * Duplicate customers of the caller's tenant: finding them, merging any number into one survivor,
 * and undoing a merge within the undo window ({@link Crm.Builder#mergeUndoWindow}, 30 days unless
 * set). A null argument is refused with a {@link CommandValidationException} naming it.
 * Thread-safe.
 */
public interface Duplicates {

  /**
   * Scans every customer of the tenant (in keyset pages, keeping only a small match profile of
   * each), blocks them by normalised e-mail, phone, government id and fuzzy name keys, scores the
   * pairs sharing a block and returns the clusters, with the number of comparisons made. Customers
   * already merged away are left out. Reads only; each page is its own unit of work.
   *
   * @throws CommandValidationException if an argument is null
   */
  DuplicateReport find(Caller caller, DuplicateSearch search);

  /**
   * Merges {@code command.others()} into {@code command.survivor()} in one unit of work: resolves
   * the survivor's fields by the survivorship rules, unites contact points and tags, sets the
   * others to status {@code MERGED}, moves every row naming them (relationships, household places,
   * holdings, opportunities, consent records, campaign memberships, scores, financial events) to
   * the survivor, appends a withdrawal to the survivor for every purpose and channel whose latest
   * state on any record was a withdrawal, stores the merge record with every before-image, and
   * records "customer.merged" for each record (the audit entry of a merged record holds its whole
   * before-image, masked). Nothing is stored if any step fails.
   *
   * @throws CommandValidationException listing every broken rule: no survivor, no other record, a
   *     null or repeated id, the survivor among the others, records of different kinds, a manual
   *     pick outside the merge, or a merged customer over a customer limit
   * @throws CustomerNotFoundException if the tenant has no customer with one of the ids
   * @throws CustomerMergedException if one of the records was already merged away
   */
  MergeResult merge(Caller caller, MergeCustomers command);

  /**
   * Undoes a merge in one unit of work: every record gets its before-image back (with a new
   * version), the moved rows point at their former customers again, the merge is marked undone, and
   * "customer.unmerged" is recorded for each record. Consent withdrawals the merge appended stay: a
   * withdrawal is the customer's word and is never taken back by the bank.
   *
   * @throws CommandValidationException if an argument is null
   * @throws io.rapport.crm.common.RecordNotFoundException if the tenant has no such merge
   * @throws UnmergeRefusedException if the merge was already undone, its window has passed, or a
   *     customer of it changed after it
   */
  UnmergeResult unmerge(Caller caller, MergeId mergeId);

  /**
   * The stored record of a merge, with its before-images and the number of moved rows per kind, if
   * the tenant has it.
   *
   * @throws CommandValidationException if an argument is null
   */
  Optional<MergeSummary> mergeRecord(Caller caller, MergeId mergeId);
}
