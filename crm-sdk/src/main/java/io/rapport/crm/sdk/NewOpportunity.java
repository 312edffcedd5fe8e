package io.rapport.crm.sdk;

import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.common.ProductType;
import io.rapport.crm.lead.LeadId;
import io.rapport.crm.party.CustomerId;
import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.PipelineId;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new opportunity in the latest definition of a pipeline:
 *
 * <pre>{@code
 * NewOpportunity.in(retailLending, customerId, ProductType.MORTGAGE)
 *     .amount("250000.00", "EUR").closingOn(LocalDate.of(2025, 6, 30)).owner("rm-17")
 *     .competitor("Other Bank").nextStep("Send the offer")
 *     .build();
 * }</pre>
 *
 * @param stage the open stage to start in; null for the first stage
 * @param probability 0..100 within the stage's bounds; null for the stage's default
 * @param forecastCategory overrides the stage's category; null to follow the stage
 * @param nextStep free text, at most 500 characters; treated as personal data in audit entries
 */
public record NewOpportunity(
    @NotNull PipelineId pipeline,
    @Size(max = 50) String stage,
    @NotNull CustomerId customer,
    @NotNull ProductType product,
    @NotNull @PositiveOrZero BigDecimal amount,
    @NotNull @CurrencyCode String currency,
    @NotNull LocalDate expectedClose,
    @NotBlank @Size(max = 64) String owner,
    @Min(0) @Max(100) Integer probability,
    ForecastCategory forecastCategory,
    LeadId sourceLead,
    CampaignId campaign,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> competitors,
    @Size(max = 500) String nextStep) {

  /** A builder for an opportunity to sell {@code product} to {@code customer}. */
  public static Builder in(PipelineId pipeline, CustomerId customer, ProductType product) {
    return new Builder(pipeline, customer, product);
  }

  /** Collects the values; not thread-safe. */
  public static final class Builder {
    private final PipelineId pipeline;
    private final CustomerId customer;
    private final ProductType product;
    private String stage;
    private BigDecimal amount;
    private String currency;
    private LocalDate expectedClose;
    private String owner;
    private Integer probability;
    private ForecastCategory forecastCategory;
    private LeadId sourceLead;
    private CampaignId campaign;
    private final List<String> competitors = new ArrayList<>();
    private String nextStep;

    private Builder(PipelineId pipeline, CustomerId customer, ProductType product) {
      this.pipeline = pipeline;
      this.customer = customer;
      this.product = product;
    }

    /** The starting stage (default: the first). */
    public Builder stage(String code) {
      this.stage = code;
      return this;
    }

    /** The amount in {@code currencyCode}. */
    public Builder amount(BigDecimal value, String currencyCode) {
      this.amount = value;
      this.currency = currencyCode;
      return this;
    }

    /**
     * The amount, e.g. {@code amount("250000.00", "EUR")}.
     *
     * @throws CommandValidationException at {@code amount} if {@code value} is not a decimal number
     */
    public Builder amount(String value, String currencyCode) {
      return amount(Arguments.decimal("NewOpportunity", "amount", value), currencyCode);
    }

    /** The expected close date. */
    public Builder closingOn(LocalDate day) {
      this.expectedClose = day;
      return this;
    }

    /** The owning employee. */
    public Builder owner(String employee) {
      this.owner = employee;
      return this;
    }

    /** A probability other than the stage's default. */
    public Builder probability(int percent) {
      this.probability = percent;
      return this;
    }

    /** A forecast category other than the stage's. */
    public Builder forecast(ForecastCategory category) {
      this.forecastCategory = category;
      return this;
    }

    /** The lead the opportunity was converted from. */
    public Builder sourceLead(LeadId lead) {
      this.sourceLead = lead;
      return this;
    }

    /** The campaign that produced it. */
    public Builder campaign(CampaignId value) {
      this.campaign = value;
      return this;
    }

    /** Adds a competitor. */
    public Builder competitor(String name) {
      competitors.add(name);
      return this;
    }

    /** The next step. */
    public Builder nextStep(String text) {
      this.nextStep = text;
      return this;
    }

    /** The command; it is validated when it is executed, not here. */
    public NewOpportunity build() {
      return new NewOpportunity(
          pipeline,
          stage,
          customer,
          product,
          amount,
          currency,
          expectedClose,
          owner,
          probability,
          forecastCategory,
          sourceLead,
          campaign,
          new ArrayList<>(competitors),
          nextStep);
    }
  }
}
