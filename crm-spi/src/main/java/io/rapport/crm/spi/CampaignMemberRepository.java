package io.rapport.crm.spi;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.CampaignMember;
import io.rapport.crm.campaign.LaunchResult;
import io.rapport.crm.common.TenantId;
import io.rapport.crm.party.CustomerId;
import java.util.List;
import java.util.Optional;

/** The members of one tenant's launched campaigns. Arguments must not be null unless stated. */
public interface CampaignMemberRepository {

  /** Customers resolved, consent-checked and written per page of a launch. */
  int LAUNCH_PAGE = 1_000;

  /**
   * Launches: walks the plan's target in pages of {@link #LAUNCH_PAGE} customers ordered by id,
   * reads their consent histories, drops those {@link LaunchPlan#exclusion} refuses and records the
   * rest as {@link CampaignMember#targeted targeted} members at the plan's time, in batches. Never
   * holds more than one page in memory; the membership is a snapshot that later changes to the
   * segment or its customers do not rewrite. Atomic: on failure nothing is recorded.
   *
   * @throws io.rapport.crm.common.DuplicateRecordException if the campaign already has members
   */
  LaunchResult launch(TenantId tenant, LaunchPlan plan);

  /** The member, if the customer is one. */
  Optional<CampaignMember> find(TenantId tenant, CampaignId campaign, CustomerId customer);

  /**
   * Replaces a member read at {@code member.version()}; returns it with version + 1.
   *
   * @throws io.rapport.crm.common.ConcurrentUpdateException if the stored version differs
   * @throws io.rapport.crm.common.RecordNotFoundException if there is no such member
   */
  CampaignMember update(TenantId tenant, CampaignMember member);

  /**
   * One page of the campaign's members ordered by customer id text, after {@code after} (null for
   * the first page), at most {@code limit} (1 to 10,000).
   *
   * @throws io.rapport.crm.common.InvalidValueException if the limit is out of range
   */
  List<CampaignMember> members(TenantId tenant, CampaignId campaign, CustomerId after, int limit);

  /**
   * Every membership of {@code customer}, in any campaign, ordered by campaign id text. A customer
   * is a member of few campaigns, so the list is not paged.
   *
   * @throws io.rapport.crm.common.InvalidValueException if {@code customer} is null
   */
  List<CampaignMember> forCustomer(TenantId tenant, CustomerId customer);
}
