package org.maillage.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Full dates as the Maillage schemas write them: exactly {@code yyyy-mm-dd} (RFC 3339
 * {@code full-date}, years 0000 to 9999), read without a {@code DateTimeFormatter}, which costs
 * more than the rest of binding an observation.
 */
public final class IsoDates {
    private IsoDates() {}

    /**
     * Reads a full date.
     *
     * @param s the text
     * @return the date, or null when the text is not exactly {@code yyyy-mm-dd} or names no day of
     *     the calendar (2025-02-29)
     */
    public static LocalDate parseOrNull(CharSequence s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        if (y < 0 || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
