package io.rapport.crm.sample.internal;

import io.rapport.crm.common.ProductType;

/** How likely an active customer holds each product besides the current account. */
final class ProductOdds {
  /** The products in the order their odds are listed. */
  static final ProductType[] TYPES = {
    ProductType.SAVINGS,
    ProductType.CREDIT_CARD,
    ProductType.MORTGAGE,
    ProductType.INVESTMENT,
    ProductType.TERM_DEPOSIT,
    ProductType.PERSONAL_LOAN,
    ProductType.INSURANCE
  };

  private ProductOdds() {}

  /** The odds for {@link #TYPES}, by segment and age. */
  static double[] of(Segment segment, int age) {
    boolean mortgageAge = age >= 26 && age <= 70;
    double termBoost = age >= 60 ? 0.10 : 0.0;
    return switch (segment) {
      case STUDENT -> new double[] {0.30, 0.25, 0.0, 0.02, 0.0, 0.05, 0.10};
      case MASS_RETAIL ->
          new double[] {0.55, 0.45, mortgageAge ? 0.30 : 0.0, 0.06, 0.08 + termBoost, 0.10, 0.25};
      case AFFLUENT ->
          new double[] {0.75, 0.70, mortgageAge ? 0.45 : 0.0, 0.45, 0.25 + termBoost, 0.06, 0.35};
      case PRIVATE_BANKING ->
          new double[] {0.85, 0.80, mortgageAge ? 0.35 : 0.0, 0.90, 0.40, 0.02, 0.40};
      case SME -> new double[] {0.45, 0.40, 0.10, 0.05, 0.15, 0.30, 0.35};
    };
  }
}
