package io.rapport.crm.sdk;

import io.rapport.crm.pipeline.ForecastCategory;
import io.rapport.crm.pipeline.OpenOpportunity;
import io.rapport.crm.pipeline.OpportunityId;
import io.rapport.crm.sdk.internal.validation.Arguments;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * New values for the editable fields of an open opportunity read at {@code expectedVersion}. Start
 * from the opportunity's current values with {@link #of(OpenOpportunity)}:
 *
 * <pre>{@code
 * UpdateOpportunity.of(open).amount("260000.00", "EUR").probability(70).nextStep("Sign").build();
 * }</pre>
 *
 * @param probability within the current stage's bounds
 * @param forecastCategory an override; null to follow the stage
 */
public record UpdateOpportunity(
    @NotNull OpportunityId id,
    @Positive long expectedVersion,
    @NotNull @PositiveOrZero BigDecimal amount,
    @NotNull @CurrencyCode String currency,
    @NotNull LocalDate expectedClose,
    @NotBlank @Size(max = 64) String owner,
    @Min(0) @Max(100) int probability,
    ForecastCategory forecastCategory,
    @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> competitors,
    @Size(max = 500) String nextStep) {

  /** A builder holding {@code current}'s values. */
  public static Builder of(OpenOpportunity current) {
    return new Builder(current);
  }

  /** Collects the values; not thread-safe. */
  public static final class Builder {
    private final OpportunityId id;
    private final long expectedVersion;
    private BigDecimal amount;
    private String currency;
    private LocalDate expectedClose;
    private String owner;
    private int probability;
    private ForecastCategory forecastCategory;
    private List<String> competitors;
    private String nextStep;

    private Builder(OpenOpportunity current) {
      this.id = current.id();
      this.expectedVersion = current.version();
      this.amount = current.terms().amount().amount();
      this.currency = current.terms().amount().currency().getCurrencyCode();
      this.expectedClose = current.terms().expectedClose();
      this.owner = current.terms().owner().value();
      this.probability = current.probability().percent();
      this.forecastCategory = current.forecastOverridden() ? current.forecastCategory() : null;
      this.competitors = new ArrayList<>(current.terms().competitors());
      this.nextStep = current.terms().nextStep();
    }

    /**
     * The amount in {@code currencyCode}.
     *
     * @throws CommandValidationException at {@code amount} if {@code value} is not a decimal number
     */
    public Builder amount(String value, String currencyCode) {
      this.amount = Arguments.decimal("UpdateOpportunity", "amount", value);
      this.currency = currencyCode;
      return this;
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

    /** The probability. */
    public Builder probability(int percent) {
      this.probability = percent;
      return this;
    }

    /** A forecast override, or null to follow the stage. */
    public Builder forecast(ForecastCategory category) {
      this.forecastCategory = category;
      return this;
    }

    /** The competitors, replacing the current list. */
    public Builder competitors(List<String> names) {
      this.competitors = new ArrayList<>(names);
      return this;
    }

    /** The next step. */
    public Builder nextStep(String text) {
      this.nextStep = text;
      return this;
    }

    /** The command; it is validated when it is executed, not here. */
    public UpdateOpportunity build() {
      return new UpdateOpportunity(
          id,
          expectedVersion,
          amount,
          currency,
          expectedClose,
          owner,
          probability,
          forecastCategory,
          new ArrayList<>(competitors),
          nextStep);
    }
  }
}
