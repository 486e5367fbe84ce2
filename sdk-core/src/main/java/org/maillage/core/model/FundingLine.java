package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A line of a contract's funding: who pays how much in which year.
 *
 * <p>Identity in its collection (how a diff matches it): funder + year + axis.
 *
 * @param funder the id of the funding organisation
 * @param year the budget year
 * @param amount the amount in euros
 * @param axis the code of the axis it funds, or null for the contract as a whole
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record FundingLine(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String funder,
        @Min(1990) @Max(2200) int year,
        @NotNull @PositiveOrZero BigDecimal amount,
        String axis) {

    /**
     * Requires funder, amount.
     *
     * @param funder the id of the funding organisation
     * @param year the budget year
     * @param amount the amount in euros
     * @param axis the code of the axis it funds, or null for the contract as a whole
     */
    public FundingLine {
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(amount, "amount");
    }
}
