package org.maillage.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Limits on what a reader accepts, so that a hostile file gets a finding instead of exhausting
 * memory or the stack.
 *
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxNameLength longest member name, in characters
 * @param maxDocumentLength longest document, in bytes; 0 or less for no limit
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
        long maxDocumentLength) {

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 1_000_000, 64, 256, 0);

    /**
     * Requires positive limits.
     *
     * @param maxNestingDepth deepest nesting of arrays and objects
     * @param maxStringLength longest string value, in characters
     * @param maxNumberLength longest number, in characters
     * @param maxNameLength longest member name, in characters
     * @param maxDocumentLength longest document, in bytes; 0 or less for no limit
     */
    public ReadLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * The defaults: depth 64, strings of 1,000,000 characters, numbers of 64 characters, names of
     * 256 characters, no limit on the document length (files of any size stream).
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another nesting depth limit.
     *
     * @param value the limit
     * @return the copy
     */
    public ReadLimits withMaxNestingDepth(int value) {
        return new ReadLimits(value, maxStringLength, maxNumberLength, maxNameLength, maxDocumentLength);
    }

    /**
     * A copy with another string length limit.
     *
     * @param value the limit
     * @return the copy
     */
    public ReadLimits withMaxStringLength(int value) {
        return new ReadLimits(maxNestingDepth, value, maxNumberLength, maxNameLength, maxDocumentLength);
    }

    /**
     * A copy with another document length limit.
     *
     * @param value the limit in bytes, 0 or less for none
     * @return the copy
     */
    public ReadLimits withMaxDocumentLength(long value) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value);
    }
}
