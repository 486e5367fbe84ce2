package org.maillage.validation.certify;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of the codes and values a certificate holds. */
final class Codes {
    private Codes() {}

    static final Set<String> LAYERS = Set.of("read", "schema", "constraints", "references", "rules");
    static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
    static final Set<String> PRIORITIES = Set.of("mandatory", "recommended", "permitted");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    static String oneOf(String value, Set<String> allowed, String what) {
        Objects.requireNonNull(value, what);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(what + " must be one of " + new java.util.TreeSet<>(allowed) + ", not '" + value + "'");
        }
        return value;
    }

    static String sha256(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 64 lowercase hexadecimal digits, not '" + value + "'");
        }
        return value;
    }

    static String notBlank(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static long notNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, not " + value);
        }
        return value;
    }
}
