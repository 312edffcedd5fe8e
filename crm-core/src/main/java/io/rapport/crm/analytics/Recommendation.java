package io.rapport.crm.analytics;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;

/**
 * A next-best product for a customer, with why.
 *
 * @param customer the customer
 * @param product the product recommended, not held and consented to
 * @param score the confidence of the strongest rule leading to it, 0–1
 * @param rule the strongest rule: its antecedent is a product the customer holds
 * @param explanation a sentence for the adviser, e.g. "62% of MORTGAGE holders also hold INSURANCE
 *     (lift 1.8)"
 */
public record Recommendation(
    CustomerId customer,
    ProductType product,
    double score,
    AssociationRule rule,
    String explanation) {}
