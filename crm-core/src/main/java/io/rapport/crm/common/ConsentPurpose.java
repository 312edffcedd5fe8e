package io.rapport.crm.common;

/**
 * Why the bank wants to contact or process the data of a customer or lead; consent is given and
 * withdrawn per purpose and channel. Shared by compliance (consent) and campaign (each campaign
 * names the purpose it contacts people for).
 */
public enum ConsentPurpose {
  /** Offers and promotions. */
  MARKETING,
  /** Building a profile from the party's data (scoring, segmentation for targeting). */
  PROFILING,
  /** Sharing data with third parties (partners, insurers). */
  THIRD_PARTY_SHARING,
  /**
   * Messages about products the party already holds (statements, changes of terms). Allowed unless
   * withdrawn for this purpose itself: a marketing opt-out never blocks them.
   */
  SERVICE_MESSAGES
}
