package io.rapport.crm.campaign;

/**
 * How won opportunities (and their revenue) are credited to campaigns. Leads are attributed the
 * same way under both models: a lead counts for a campaign when its source is a response to that
 * campaign.
 *
 * <p>A won opportunity that names its campaign (set by the host, or carried from the campaign
 * response lead it was converted from) is credited to that campaign under both models: the explicit
 * link wins over touches. Otherwise its <em>touches</em> decide: the campaigns its customer is a
 * member of and engaged with (reached {@code CLICKED}, {@code RESPONDED} or {@code CONVERTED}) at
 * or before the moment the opportunity was opened. The touch time of a membership is the first of
 * its clicked, responded, converted times (in that order of the lifecycle). Exactly one campaign is
 * credited per won opportunity, or none when it has no touch; ties on the touch time go to the
 * campaign with the smaller id (canonical text order).
 *
 * <p>Revenue is the won (actual) amount on the won day, converted to the campaign's currency with
 * the host's dated rates when metrics are computed; it is never summed across currencies in the
 * store.
 */
public enum AttributionModel {
  /** The earliest touch before the opportunity was opened gets the credit. */
  FIRST_TOUCH,
  /** The latest touch at or before the opportunity was opened gets the credit. */
  LAST_TOUCH
}
