package org.maillage.validation.internal;

import java.time.LocalDate;

/** Periods given as a first and a last day, either of which may be open (null). */
public final class Periods {
    private Periods() {}

    /**
     * Whether two periods share a day.
     *
     * @param aFrom first day of the first period, or null
     * @param aTo last day of the first period, or null
     * @param bFrom first day of the second period, or null
     * @param bTo last day of the second period, or null
     * @return true when some day lies in both
     */
    public static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aFrom == null || bTo == null || !aFrom.isAfter(bTo)) && (bFrom == null || aTo == null || !bFrom.isAfter(aTo));
    }

    /**
     * A period as messages print it.
     *
     * @param from the first day, or null
     * @param to the last day, or null
     * @return for example {@code 2024-01-01 – …}
     */
    public static String format(LocalDate from, LocalDate to) {
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}
