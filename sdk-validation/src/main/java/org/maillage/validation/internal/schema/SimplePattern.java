package org.maillage.validation.internal.schema;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Anchored patterns simple enough to match without a regular-expression engine: {@code ^}, then
 * ASCII characters or bracket classes of ASCII characters and ranges, each once or a fixed number
 * of times ({@code {n}}), the last one possibly a variable number of times ({@code {m,n}},
 * {@code ?}, {@code *}, {@code +}), then {@code $}. Such a pattern matches deterministically, left
 * to right, with no backtracking. The entity id pattern {@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$}
 * is one; it is checked several times per entity, and {@link java.util.regex} spends most of the
 * schema fast path's time on it. Also the words-and-separators form {@code ^[class]+(S[class]+)*$}
 * of the codes ({@code ^[a-z0-9]+(-[a-z0-9]+)*$}: words of the class joined by single separators).
 * Anything else is left to the regular-expression engine. The constraint layer matches
 * {@code @Pattern}s with it too: for these forms ECMA-262 and {@link java.util.regex} agree.
 */
public final class SimplePattern {
    private SimplePattern() {}

    /** One position class, repeated between min and max times. */
    private record Atom(BitSet chars, int min, int max) {}

    /**
     * @param regex an ECMA-262 pattern, as in a JSON Schema
     * @return a matcher equal to the pattern, or empty when the pattern is not of the simple form
     */
    public static Optional<Predicate<String>> compile(String regex) {
        java.util.regex.Matcher words = WORDS.matcher(regex);
        if (words.matches()) {
            BitSet set = new BitSet(128);
            char separator = words.group(2).charAt(0);
            if (!bracket(words.group(1), set) || !plain(separator) || set.get(separator)) {
                return Optional.empty();
            }
            return Optional.of(s -> words(set, separator, s));
        }
        if (regex.length() < 2 || regex.charAt(0) != '^' || regex.charAt(regex.length() - 1) != '$'
                || regex.charAt(regex.length() - 2) == '\\') {
            return Optional.empty();
        }
        List<Atom> atoms = new ArrayList<>();
        int i = 1;
        int end = regex.length() - 1;
        while (i < end) {
            BitSet set = new BitSet(128);
            char c = regex.charAt(i);
            if (c == '[') {
                int close = regex.indexOf(']', i + 1);
                if (close < 0 || !bracket(regex.substring(i + 1, close), set)) {
                    return Optional.empty();
                }
                i = close + 1;
            } else if (plain(c)) {
                set.set(c);
                i++;
            } else {
                return Optional.empty();
            }
            int min = 1;
            int max = 1;
            if (i < end) {
                char q = regex.charAt(i);
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : Integer.MAX_VALUE;
                    i++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        return Optional.empty();
                    }
                    String[] bounds = regex.substring(i + 1, close).split(",", -1);
                    try {
                        min = Integer.parseInt(bounds[0]);
                        max = bounds.length == 1 ? min : Integer.parseInt(bounds[1]);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                    if (bounds.length > 2 || min > max) {
                        return Optional.empty();
                    }
                    i = close + 1;
                }
            }
            atoms.add(new Atom(set, min, max));
        }
        for (int k = 0; k < atoms.size() - 1; k++) {
            if (atoms.get(k).min() != atoms.get(k).max()) {
                return Optional.empty(); // only the last atom may vary: no backtracking needed
            }
        }
        Atom[] a = atoms.toArray(new Atom[0]);
        return Optional.of(s -> matches(a, s));
    }

    /** {@code ^[class]+(S[class]+)*$}, the same class twice, S one plain character. */
    private static final java.util.regex.Pattern WORDS =
            java.util.regex.Pattern.compile("\\^\\[([^\\]]+)\\]\\+\\((.)\\[\\1\\]\\+\\)\\*\\$");

    /** Non-empty words of the class, joined by single separators. */
    private static boolean words(BitSet set, char separator, String s) {
        boolean afterSeparator = true; // at the start, as after a separator: a word must come
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (in(set, c)) {
                afterSeparator = false;
            } else if (c == separator && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    private static boolean matches(Atom[] atoms, String s) {
        int pos = 0;
        int n = s.length();
        for (int k = 0; k < atoms.length; k++) {
            Atom atom = atoms[k];
            boolean last = k == atoms.length - 1;
            int count = 0;
            while (count < atom.max() && pos < n && in(atom.chars(), s.charAt(pos)) && (last || count < atom.min())) {
                pos++;
                count++;
            }
            if (count < atom.min()) {
                return false;
            }
        }
        return pos == n;
    }

    private static boolean in(BitSet set, char c) {
        return c < 128 && set.get(c);
    }

    /** Letters, digits and a few punctuation marks that stand for themselves outside a class. */
    private static boolean plain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '/' || c == '@'
                || c == '=' || c == ',' || c == '!' || c == '%' || c == '#' || c == '&' || c == '~' || c == ' ');
    }

    /** The inside of a bracket class: ASCII characters and ranges, no negation, no escapes. */
    private static boolean bracket(String body, BitSet set) {
        if (body.isEmpty() || body.charAt(0) == '^') {
            return false;
        }
        for (int j = 0; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c >= 128 || c == '\\' || c == '[' || c == '&') {
                return false;
            }
            if (j + 2 < body.length() && body.charAt(j + 1) == '-') {
                char to = body.charAt(j + 2);
                if (to >= 128 || to == '\\' || to < c) {
                    return false;
                }
                set.set(c, to + 1);
                j += 2;
            } else {
                set.set(c);
            }
        }
        return true;
    }
}
