package org.maillage.validation.certify;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The canonical form of a JSON value, the bytes a certificate's signature covers. It is the JSON
 * Canonicalization Scheme (RFC 8785) restricted to what a certificate holds (no fractional
 * numbers):
 *
 * <ul>
 *   <li>no whitespace between tokens;
 *   <li>object members sorted by name, comparing names as sequences of UTF-16 code units;
 *   <li>strings: {@code "} and {@code \} escaped with a backslash; U+0008, U+0009, U+000A,
 *       U+000C, U+000D as {@code \b \t \n \f \r}; other characters below U+0020 as
 *       {@code \}{@code u00xx} with lowercase hexadecimal; every other character as itself;
 *   <li>numbers: integers in plain decimal, between -(2^53-1) and 2^53-1; anything else is refused;
 *   <li>{@code true}, {@code false}, {@code null};
 *   <li>the text encoded in UTF-8, without byte order mark.
 * </ul>
 *
 * <p>The same rules with two-space indentation, one member or item per line and
 * {@code "name": value} give the pretty form in which certificates are written.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    private static final BigInteger MAX_SAFE = BigInteger.valueOf((1L << 53) - 1);

    /** Thrown for a value that has no canonical form here (a fraction, a huge number, a lone surrogate). */
    static final class NotCanonicalizable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotCanonicalizable(String message) {
            super(message);
        }
    }

    static byte[] canonical(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, -1, "");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pretty(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb, 0, "");
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder sb, int depth, String path) {
        boolean pretty = depth >= 0;
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            sb.append('{');
            for (int i = 0; i < members.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                newline(sb, depth + 1, pretty);
                string(members.get(i).getKey(), sb, path);
                sb.append(pretty ? ": " : ":");
                write(members.get(i).getValue(), sb, pretty ? depth + 1 : -1, path + "/" + members.get(i).getKey());
            }
            if (!members.isEmpty()) {
                newline(sb, depth, pretty);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                newline(sb, depth + 1, pretty);
                write(node.get(i), sb, pretty ? depth + 1 : -1, path + "/" + i);
            }
            if (!node.isEmpty()) {
                newline(sb, depth, pretty);
            }
            sb.append(']');
        } else if (node.isString()) {
            string(node.stringValue(), sb, path);
        } else if (node.isIntegralNumber()) {
            BigInteger n = node.bigIntegerValue();
            if (n.abs().compareTo(MAX_SAFE) > 0) {
                throw new NotCanonicalizable("the integer at " + pointer(path) + " is beyond 2^53-1");
            }
            sb.append(n);
        } else if (node.isNumber()) {
            throw new NotCanonicalizable("the number at " + pointer(path) + " is not an integer");
        } else if (node.isBoolean()) {
            sb.append(node.booleanValue());
        } else if (node.isNull()) {
            sb.append("null");
        } else {
            throw new NotCanonicalizable("the value at " + pointer(path) + " is not JSON data");
        }
    }

    private static String pointer(String path) {
        return path.isEmpty() ? "the root" : path;
    }

    private static void newline(StringBuilder sb, int depth, boolean pretty) {
        if (pretty) {
            sb.append('\n').append("  ".repeat(depth));
        }
    }

    private static void string(String s, StringBuilder sb, String path) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new NotCanonicalizable("a string at " + pointer(path) + " holds a lone surrogate");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
