package org.maillage.validation.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in French messages written the French way: a message argument that is a date
 * ({@code 2026-12-31}) or a period of the form {@link Periods#format} prints ({@code 2024-01-01 – …})
 * reads «31 décembre 2026», «1er janvier 2024 – …» in a French message. English messages keep
 * ISO 8601. What a user wrote and a message quotes as such (the offending value) is data and kept
 * as written. See {@code docs/decisions.md}, "Dates in French messages".
 */
public final class FrenchDates {
    private FrenchDates() {}

    /** Arguments that quote the data as written: never rewritten. */
    public static final Set<String> AS_WRITTEN = Set.of("value", "found", "expected", "pattern", "allowed", "detail");

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}|…) – (\\d{4}-\\d{2}-\\d{2}|…)");

    /**
     * A message argument as a French message prints it.
     *
     * @param value the argument, as the English message prints it
     * @return the date or period in French words; any other value unchanged
     */
    public static String argument(String value) {
        if (value == null) {
            return null;
        }
        String date = date(value);
        if (date != null) {
            return date;
        }
        Matcher p = PERIOD.matcher(value);
        if (p.matches()) {
            String from = p.group(1).equals("…") ? "…" : date(p.group(1));
            String to = p.group(2).equals("…") ? "…" : date(p.group(2));
            if (from != null && to != null) {
                return from + " – " + to;
            }
        }
        return value;
    }

    /**
     * The arguments of a French message: each date or period in French words, except the
     * arguments that quote the data ({@link #AS_WRITTEN}) and those that have a French form of
     * their own ({@code xFr} beside {@code x}).
     *
     * @param params the arguments
     * @return a copy, in the same order
     */
    public static Map<String, String> arguments(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>(params);
        params.forEach((k, v) -> {
            if (!AS_WRITTEN.contains(k) && !k.endsWith("Fr") && !params.containsKey(k + "Fr")) {
                out.put(k, argument(v));
            }
        });
        return out;
    }

    /** A valid ISO date in French words, or null when {@code text} is not one. */
    private static String date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return Texts.dateFr(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return null; // 2026-02-30 is not a date: kept as written
        }
    }
}
