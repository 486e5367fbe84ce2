package org.maillage.core.diff;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) building and parsing. */
final class Pointers {
    private Pointers() {}

    static String append(String base, String token) {
        return base + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String append(String base, int index) {
        return base + "/" + index;
    }

    /** The unescaped reference tokens of a pointer; the empty pointer has none. */
    static List<String> parse(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': '" + pointer + "'");
        }
        for (String t : pointer.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    static int index(String token, String pointer) {
        if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(c -> c >= '0' && c <= '9')
                || (token.length() > 1 && token.charAt(0) == '0')) {
            throw new IllegalArgumentException("'" + token + "' is not an array index in '" + pointer + "'");
        }
        return Integer.parseInt(token);
    }
}
