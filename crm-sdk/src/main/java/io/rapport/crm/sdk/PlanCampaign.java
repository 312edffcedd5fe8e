package io.rapport.crm.sdk;

import io.rapport.crm.campaign.CampaignChannel;
import io.rapport.crm.campaign.CampaignId;
import io.rapport.crm.campaign.SegmentId;
import io.rapport.crm.common.ConsentPurpose;
import io.rapport.crm.sdk.validation.CurrencyCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A campaign to plan. Budget, expected cost and expected revenue are amounts of {@code currency}.
 *
 * <pre>{@code
 * new PlanCampaign("Spring savings", "Open 500 savings accounts", Set.of(CampaignChannel.EMAIL),
 *     ConsentPurpose.MARKETING, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), "EUR",
 *     new BigDecimal("25000"), new BigDecimal("18000"), new BigDecimal("90000"),
 *     new BigDecimal("0.035"), segment.id(), null)
 * }</pre>
 *
 * @param expectedResponseRate share of delivered members expected to respond, 0 to 1
 * @param parent the campaign this is a wave of; may be null
 */
public record PlanCampaign(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 2000) String objective,
    @NotEmpty Set<@NotNull CampaignChannel> channels,
    @NotNull ConsentPurpose purpose,
    @NotNull LocalDate startsOn,
    @NotNull LocalDate endsOn,
    @NotNull @CurrencyCode String currency,
    @NotNull @PositiveOrZero BigDecimal budget,
    @NotNull @PositiveOrZero BigDecimal expectedCost,
    @NotNull @PositiveOrZero BigDecimal expectedRevenue,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal expectedResponseRate,
    @NotNull SegmentId segment,
    CampaignId parent) {}
