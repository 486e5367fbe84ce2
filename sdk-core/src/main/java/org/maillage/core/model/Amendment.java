package org.maillage.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An amendment (avenant) to a contract.
 *
 * <p>Identity in its collection (how a diff matches it): number.
 *
 * @param number its number, from 1
 * @param signatureDate the date it was signed
 * @param title what it changes, or null
 */
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
