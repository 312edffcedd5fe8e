package io.rapport.crm.sample.internal;

import io.rapport.crm.common.Money;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.common.pii.AccountReference;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The fictional bank's product catalogue: product names, currencies, account references and
 * realistic balances per product type and segment. Deposits are positive; what the customer owes
 * (mortgages, loans, card balances, overdrafts) is negative.
 */
final class Products {
  private Products() {}

  /** The bank's product name, e.g. "Easy Access Saver". */
  static String name(Dice dice, ProductType type, Segment segment, Country country) {
    if (segment == Segment.SME) {
      return switch (type) {
        case CURRENT_ACCOUNT -> "Business Current Account";
        case SAVINGS -> "Business Saver";
        case TERM_DEPOSIT -> "Business Deposit " + dice.pick(new String[] {"6m", "12m"});
        case MORTGAGE -> "Commercial Mortgage";
        case PERSONAL_LOAN -> "Small Business Loan";
        case CREDIT_CARD -> "Business Credit Card";
        case INVESTMENT -> "Treasury Portfolio";
        case INSURANCE -> "Business Insurance";
      };
    }
    return switch (type) {
      case CURRENT_ACCOUNT ->
          switch (segment) {
            case STUDENT -> "Student Account";
            case AFFLUENT -> "Premier Current Account";
            case PRIVATE_BANKING -> "Private Current Account";
            default -> "Everyday Current Account";
          };
      case SAVINGS -> dice.pick(new String[] {"Easy Access Saver", "Regular Saver", "Bonus Saver"});
      case TERM_DEPOSIT -> "Fixed Rate Bond " + dice.pick(new String[] {"12m", "24m", "36m"});
      case MORTGAGE ->
          dice.pick(
              new String[] {
                "Two-Year Fixed Mortgage", "Five-Year Fixed Mortgage", "Tracker" + " Mortgage"
              });
      case PERSONAL_LOAN -> "Personal Loan";
      case CREDIT_CARD ->
          segment == Segment.PRIVATE_BANKING
              ? "Platinum Credit Card"
              : dice.pick(new String[] {"Classic Credit Card", "Rewards Credit Card"});
      case INVESTMENT ->
          segment == Segment.PRIVATE_BANKING
              ? "Discretionary Mandate"
              : country == Country.GB && dice.chance(0.6)
                  ? "Stocks and Shares ISA"
                  : "Managed Portfolio";
      case INSURANCE ->
          dice.pick(new String[] {"Home Insurance", "Life Cover", "Travel Insurance"});
    };
  }

  /** The currency: the home one, but wealthier customers also hold CHF and USD. */
  static Currency currency(Dice dice, ProductType type, Segment segment, Country country) {
    String code = country.currency();
    if (segment == Segment.PRIVATE_BANKING) {
      if (type == ProductType.INVESTMENT && dice.chance(0.5)
          || type == ProductType.CURRENT_ACCOUNT && dice.chance(0.1)) {
        code = "USD";
      } else if (type == ProductType.SAVINGS && dice.chance(0.3)) {
        code = "CHF";
      }
    } else if (segment == Segment.AFFLUENT && type == ProductType.INVESTMENT && dice.chance(0.25)
        || segment == Segment.SME && type == ProductType.CURRENT_ACCOUNT && dice.chance(0.08)) {
      code = "USD";
    }
    return Currency.getInstance(code);
  }

  /** The account reference: an IBAN for accounts, a contract number else, a truncated card. */
  static AccountReference reference(
      Dice dice, ProductType type, Country country, Currency currency) {
    return switch (type) {
      case CURRENT_ACCOUNT, SAVINGS, TERM_DEPOSIT ->
          BankReferences.iban(
              dice, currency.getCurrencyCode().equals("CHF") ? "CH" : country.name());
      case MORTGAGE -> BankReferences.contract(dice, "MTG", 10);
      case PERSONAL_LOAN -> BankReferences.contract(dice, "LN", 10);
      case CREDIT_CARD -> BankReferences.card(dice);
      case INVESTMENT -> BankReferences.contract(dice, "INV", 8);
      case INSURANCE -> BankReferences.contract(dice, "POL", 9);
    };
  }

  /** An open holding's balance in {@code currency}; dormant customers hold little. */
  static Money balance(
      Dice dice, ProductType type, Segment segment, boolean dormant, Currency currency) {
    double wealth = segment.wealth();
    double amount =
        switch (type) {
          case CURRENT_ACCOUNT ->
              dormant
                  ? dice.between(0, 300)
                  : dice.chance(0.06) && segment != Segment.PRIVATE_BANKING
                      ? -dice.between(10, 1500)
                      : dice.logNormal(1_800 * wealth, 1.0);
          case SAVINGS -> dormant ? dice.between(0, 2_000) : dice.logNormal(6_000 * wealth, 1.1);
          case TERM_DEPOSIT -> 500 * Math.max(2, Math.round(dice.logNormal(40 * wealth, 0.7)));
          case MORTGAGE -> -dice.logNormal(mortgageMedian(segment), 0.5);
          case PERSONAL_LOAN ->
              segment == Segment.SME
                  ? -dice.between(5_000, 250_000)
                  : -dice.between(1_000, 25_000) - dice.unit();
          case CREDIT_CARD -> dice.chance(0.3) ? 0 : -dice.logNormal(600 * Math.sqrt(wealth), 0.9);
          case INVESTMENT -> dice.logNormal(25_000 * wealth, 1.0);
          case INSURANCE -> 0;
        };
    double capped = Math.max(-20_000_000, Math.min(50_000_000, amount));
    return Money.of(BigDecimal.valueOf(Math.round(capped * 100), 2), currency);
  }

  private static double mortgageMedian(Segment segment) {
    return switch (segment) {
      case AFFLUENT -> 320_000;
      case PRIVATE_BANKING -> 900_000;
      case SME -> 450_000;
      default -> 170_000;
    };
  }
}
