package org.maillage.core.id;

import java.util.Locale;

/** Normalisation shared by every official identifier type. */
final class Identifiers {
    private Identifiers() {}

    /** Trims white space (including non-breaking spaces) and upper-cases ({@code 2a} → {@code 2A}). */
    static String normalize(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("identifier value is null");
        }
        return raw.strip().replace("\u00a0", "").toUpperCase(Locale.ROOT);
    }

    static IllegalArgumentException invalid(String what, String value, String why) {
        return new IllegalArgumentException("not a valid " + what + ": '" + value + "' (" + why + ")");
    }
}
