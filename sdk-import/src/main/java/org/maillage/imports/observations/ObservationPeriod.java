package org.maillage.imports.observations;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.core.model.Period;

/**
 * The period a table of values is about, as a user writes it on the command line.
 *
 * @param text the text as written, used in ids ({@code 2023}, {@code 2023-q2})
 * @param period the first and last days
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ObservationPeriod(String text, Period period) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[QqTt]([1-4])");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-[Ss]([12])");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    /**
     * Requires both members.
     *
     * @param text the text as written, used in ids ({@code 2023}, {@code 2023-q2})
     * @param period the first and last days
     */
    public ObservationPeriod {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(period, "period");
    }

    /**
     * Reads a period: {@code 2023} (the calendar year), {@code 2023-05} (a month), {@code 2023-Q2}
     * or {@code 2023-T2} (a quarter), {@code 2023-S1} (a half-year), or {@code 2023-01-01/2023-06-30}.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException when the text is none of these
     */
    public static ObservationPeriod parse(String text) {
        String t = text.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return of(t, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return of(t, ym.atDay(1), ym.atEndOfMonth());
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2);
                return of(m.group(1) + "-q" + m.group(2), first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if ((m = SEMESTER.matcher(t)).matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 6 - 5);
                return of(m.group(1) + "-s" + m.group(2), first.atDay(1), first.plusMonths(5).atEndOfMonth());
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate start = LocalDate.parse(m.group(1));
                LocalDate end = LocalDate.parse(m.group(2));
                if (end.isBefore(start)) {
                    throw new IllegalArgumentException("period '" + text + "' ends before it starts");
                }
                return of(m.group(1) + "-" + m.group(2), start, end);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("period '" + text + "' is not a date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("period '" + text + "' is none of YYYY, YYYY-MM, YYYY-Qn, YYYY-Sn, START/END");
    }

    private static ObservationPeriod of(String text, LocalDate start, LocalDate end) {
        return new ObservationPeriod(text.toLowerCase(java.util.Locale.ROOT), new Period(start, end));
    }
}
