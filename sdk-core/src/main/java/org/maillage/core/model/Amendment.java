package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An amendment (avenant) to a contract.
 *
 * <p>Identity in its collection (how a diff matches it): number.
 *
 * @param number its number, from 1
 * @param signatureDate the date it was signed
 * @param title what it changes, or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Amendment(
        @Positive int number,
        @NotNull LocalDate signatureDate,
        String title) {

    /**
     * Requires signatureDate.
     *
     * @param number its number, from 1
     * @param signatureDate the date it was signed
     * @param title what it changes, or null
     */
    public Amendment {
        Objects.requireNonNull(signatureDate, "signatureDate");
    }
}
