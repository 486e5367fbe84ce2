package org.maillage.core.internal;

/**
 * The one escaping function for text read from data and written where people read it: a
 * terminal, a text report, a diff, a changelog, a command-line message.
 *
 * <p>{@link #terminal} escapes, as <code>&#92;u</code> and four lowercase hexadecimal digits, every
 * character that can act on a terminal or reorder what the reader sees instead of being shown:
 * C0 controls (tab and line feed included: data never starts a new line of a report), DEL, C1
 * controls, the line and paragraph separators U+2028 and U+2029, the bidirectional embeddings,
 * overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and U+061C,
 * and lone surrogates. Everything else, accented letters included, is kept. A backslash is not
 * escaped: <code>&#92;u001b</code> in the output may have been written so in the data, which is harmless.
 *
 * <p>{@link #markdown} also escapes what Markdown or HTML would interpret, so that a value never
 * becomes a heading, a link, emphasis or markup.
 */
public final class SafeText {
    private SafeText() {}

    /**
     * Whether a character is escaped by {@link #terminal}.
     *
     * @param c the character
     * @return true for controls, separators and bidirectional formatting characters
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    /**
     * Text safe to print on a terminal: controls and bidirectional formatting characters escaped.
     *
     * @param text the text, or null
     * @return the escaped text; {@code "null"} for null
     */
    public static String terminal(String text) {
        if (text == null) {
            return "null";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c) || Character.isSurrogate(c)) {
                escape(sb, c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isUnsafe(c) || Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static void escape(StringBuilder sb, char c) {
        sb.append("\\u");
        String hex = Integer.toHexString(c);
        sb.append("0".repeat(4 - hex.length())).append(hex);
    }

    /**
     * Text safe inside a line of Markdown: {@link #terminal} escaping, then a backslash before
     * the characters Markdown gives a meaning to ({@code \ ` * _ [ ] # ! | ~ { }}, and
     * {@code - +} at the start), and {@code < > &} as HTML character references, so
     * that neither Markdown nor HTML is interpreted.
     *
     * @param text the text, or null
     * @return the escaped text
     */
    public static String markdown(String text) {
        String safe = terminal(text);
        StringBuilder sb = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!', '{', '}' -> sb.append('\\').append(c);
                case '-', '+' -> {
                    // only where they could open a list item: at the start
                    if (i == 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A Markdown code span holding text as it is (after {@link #terminal} escaping): fenced with
     * one more backtick than the longest run of backticks inside, so that nothing closes it early.
     *
     * @param text the text
     * @return the code span
     */
    public static String markdownCode(String text) {
        String safe = terminal(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < safe.length(); i++) {
            run = safe.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = safe.startsWith("`") || safe.endsWith("`") || safe.isEmpty();
        return fence + (pad ? " " : "") + safe + (pad ? " " : "") + fence;
    }
}
