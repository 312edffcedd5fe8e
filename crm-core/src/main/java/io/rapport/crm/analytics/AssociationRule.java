package io.rapport.crm.analytics;

import io.rapport.crm.common.ProductType;

/**
 * "Customers who hold {@code antecedent} also hold {@code consequent}", mined from holdings.
 *
 * @param antecedent the product held
 * @param consequent the product also held
 * @param support share of all customers holding both
 * @param confidence share of the antecedent's holders who also hold the consequent
 * @param lift {@code confidence / share of all customers holding the consequent}; above 1 means the
 *     antecedent makes the consequent more likely
 */
public record AssociationRule(
    ProductType antecedent,
    ProductType consequent,
    double support,
    double confidence,
    double lift) {}
