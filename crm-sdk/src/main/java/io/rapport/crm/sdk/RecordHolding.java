package io.rapport.crm.sdk;

import io.rapport.crm.common.ProductType;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.party.HoldingRole;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's product as core banking reports it:
 *
 * <pre>{@code
 * RecordHolding.of(customerId, ProductType.SAVINGS, "Everyday Saver")
 *     .account("GB29 NWBK 6016 1331 9268 19")
 *     .balance("1200.00", "GBP")
 *     .openedOn(LocalDate.of(2020, 1, 15))
 *     .build();
 * }</pre>
 *
 * Required: the customer, product type and name, an {@link Builder#account account} or {@link
 * Builder#card card} reference, the {@link Builder#balance balance} and the {@link Builder#openedOn
 * opening date}; the role defaults to {@link HoldingRole#OWNER}. A command missing one of them is
 * refused with a {@link CommandValidationException} naming the field (e.g. {@code openedOn
 * [NotNull]: is required: the day the product was opened, openedOn(day)}) and nothing is stored.
 *
 * <p>A card is given by its whole number with {@link Builder#card}; only a truncated reference
 * (last four digits) is ever stored. {@link #toString()} never shows the reference.
 *
 * @param customer the holder
 * @param productType the kind of product
 * @param productName the bank's product name, at most 200 characters
 * @param accountReference an IBAN, account or contract number; or, when {@code card} is set, the
 *     whole card number (12 to 19 digits, blanks and dashes allowed)
 * @param card whether {@code accountReference} is a card number
 * @param role the customer's role on the account
 * @param balance the balance, with at most the currency's number of decimals
 * @param currency the ISO 4217 currency code of the balance
 * @param openedOn the day the product was opened; required
 * @param closedOn the closing date; null while open
 * @param asOf when core banking reported the balance; null means now (the SDK clock)
 */
public record RecordHolding(
    @NotNull CustomerId customer,
    @NotNull ProductType productType,
    @NotBlank @Size(max = 200) String productName,
    @NotBlank @Size(max = 64) String accountReference,
    boolean card,
    @NotNull HoldingRole role,
    @NotNull BigDecimal balance,
    @NotNull @CurrencyCode String currency,
    @NotNull(message = "is required: the day the product was opened, openedOn(day)")
        LocalDate openedOn,
    LocalDate closedOn,
    Instant asOf) {

  /**
   * A builder for a product of {@code customer}; the role defaults to {@link HoldingRole#OWNER}.
   */
  public static Builder of(CustomerId customer, ProductType productType, String productName) {
    return new Builder(customer, productType, productName);
  }

  /** Product and balance; the account reference is personal data and is hidden. */
  @Override
  public String toString() {
    return "RecordHolding[customer="
        + customer
        + ", productType="
        + productType
        + ", productName="
        + productName
        + ", accountReference="
        + (card ? "card:***" : "***")
        + ", role="
        + role
        + ", balance="
        + balance
        + " "
        + currency
        + "]";
  }

  /** Collects the values of a {@link RecordHolding}; not thread-safe. */
  public static final class Builder {
    private final CustomerId customer;
    private final ProductType productType;
    private final String productName;
    private String accountReference;
    private boolean card;
    private HoldingRole role = HoldingRole.OWNER;
    private BigDecimal balance;
    private String currency;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private Instant asOf;

    private Builder(CustomerId customer, ProductType productType, String productName) {
      this.customer = customer;
      this.productType = productType;
      this.productName = productName;
    }

    /** The account reference: an IBAN, account or contract number. */
    public Builder account(String reference) {
      this.accountReference = reference;
      this.card = false;
      return this;
    }

    /** The whole card number; it is truncated to its last four digits before it is stored. */
    public Builder card(String cardNumber) {
      this.accountReference = cardNumber;
      this.card = true;
      return this;
    }

    /** The customer's role on the account. */
    public Builder role(HoldingRole value) {
      this.role = value;
      return this;
    }

    /** The balance in {@code currencyCode}. */
    public Builder balance(BigDecimal amount, String currencyCode) {
      this.balance = amount;
      this.currency = currencyCode;
      return this;
    }

    /**
     * The balance in {@code currencyCode}, e.g. {@code balance("1200.50", "EUR")}.
     *
     * @throws CommandValidationException at {@code balance} if {@code amount} is not a decimal
     *     number
     */
    public Builder balance(String amount, String currencyCode) {
      return balance(Arguments.decimal("RecordHolding", "balance", amount), currencyCode);
    }

    /** The day the product was opened; required, a holding without it is refused. */
    public Builder openedOn(LocalDate day) {
      this.openedOn = day;
      return this;
    }

    /** The closing date. */
    public Builder closedOn(LocalDate day) {
      this.closedOn = day;
      return this;
    }

    /** When core banking reported the values. */
    public Builder asOf(Instant instant) {
      this.asOf = instant;
      return this;
    }

    /** The command; it is validated when it is executed, not here. */
    public RecordHolding build() {
      return new RecordHolding(
          customer,
          productType,
          productName,
          accountReference,
          card,
          role,
          balance,
          currency,
          openedOn,
          closedOn,
          asOf);
    }
  }
}
