package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Something valid over a period: from {@code validFrom} (inclusive, open when null) to
 * {@code validTo} (inclusive, open when null).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Dated {

    /**
     * First day of validity, or null when unknown or open.
     *
     * @return the date
     */
    LocalDate validFrom();

    /**
     * Last day of validity, or null when still valid.
     *
     * @return the date
     */
    LocalDate validTo();

    /**
     * Whether the period contains the date. A null date asks about no date in particular and is
     * always contained.
     *
     * @param date the date, or null
     * @return true when valid at that date
     */
    default boolean isValidAt(LocalDate date) {
        if (date == null) {
            return true;
        }
        LocalDate from = validFrom();
        LocalDate to = validTo();
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /**
     * Whether the period is well-ordered: it does not end before it starts.
     *
     * @return false only when both dates are set and {@code validTo} is before {@code validFrom}
     */
    default boolean isWellOrdered() {
        return validFrom() == null || validTo() == null || !validTo().isBefore(validFrom());
    }
}
