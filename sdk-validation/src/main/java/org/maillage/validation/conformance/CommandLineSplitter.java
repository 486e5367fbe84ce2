package org.maillage.validation.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into arguments without a shell: nothing is expanded (no variables,
 * globs, pipes, redirections or command substitution). Arguments are separated by whitespace;
 * single quotes keep everything up to the next single quote literally; double quotes group too,
 * and inside them a backslash escapes {@code "} and {@code \}; outside quotes a backslash
 * escapes the next character.
 */
final class CommandLineSplitter {
    private CommandLineSplitter() {}

    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inArg = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(cur.toString());
                    cur.setLength(0);
                    inArg = false;
                }
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed single quote in: " + line);
                }
                cur.append(line, i + 1, end);
                i = end;
                inArg = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < line.length() && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                        d = line.charAt(++j);
                    }
                    cur.append(d);
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException("unclosed double quote in: " + line);
                }
                i = j;
                inArg = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                inArg = true;
            } else {
                cur.append(c);
                inArg = true;
            }
        }
        if (inArg) {
            args.add(cur.toString());
        }
        if (args.isEmpty()) {
            throw new IllegalArgumentException("the implementation command is empty");
        }
        return args;
    }
}
