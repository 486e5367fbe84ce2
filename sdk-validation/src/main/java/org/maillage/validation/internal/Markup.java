package org.maillage.validation.internal;

/**
 * Escaping for XML and HTML. Every character that could end a text or an attribute is escaped,
 * and characters XML 1.0 cannot carry at all (control characters, lone surrogates) become U+FFFD,
 * so that no input can make a report ill-formed or inject markup. Shared by the HTML and JUnit
 * reports and the certificate page; not exported.
 */
public final class Markup {
    private Markup() {}

    /**
     * Escapes text for element content and for attribute values in double or single quotes.
     * Tabs, carriage returns and line feeds are kept in content and written as character
     * references in attributes (where a parser would otherwise normalise them to spaces).
     *
     * @param s the text
     * @param attribute whether it goes in an attribute value
     * @return the escaped text
     */
    public static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n', '\r' -> {
                    if (attribute) {
                        sb.append("&#").append((int) c).append(';');
                    } else {
                        sb.append(c);
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Escapes element content.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String text(String s) {
        return escape(s, false);
    }

    /**
     * Escapes an attribute value.
     *
     * @param s the value
     * @return the escaped value
     */
    public static String attr(String s) {
        return escape(s, true);
    }
}
