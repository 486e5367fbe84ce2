package org.maillage.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours the severity words of a text report for a terminal: errors red, warnings yellow,
 * informations cyan, the verdict of the summary line green or red. Works line by line on the
 * report as written (its data is already escaped, so no escape sequence in it comes from data).
 * Used only when standard output is a terminal, {@code NO_COLOR} is not set and
 * {@code --no-color} is not given.
 */
final class Colours extends FilterWriter {
    static final String RED = "\u001b[31m";
    static final String YELLOW = "\u001b[33m";
    static final String CYAN = "\u001b[36m";
    static final String GREEN = "\u001b[32m";
    static final String BOLD_RED = "\u001b[1;31m";
    static final String RESET = "\u001b[0m";

    /** A finding's line: indentation, position, two spaces, the severity word, two spaces. */
    private static final Pattern FINDING = Pattern.compile("^(    \\S+  )(ERREUR|ERROR|AVERTISSEMENT|WARNING|INFO)(  )");
    /** The summary line's verdict, at its end. */
    private static final Pattern VERDICT = Pattern.compile("^((?:Résumé :|Summary:) .* — )(VALIDE|INVALIDE|VALID|INVALID)$");

    private final StringBuilder line = new StringBuilder();

    Colours(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c == '\n') {
            out.write(colour(line.toString()));
            out.write('\n');
            line.setLength(0);
        } else {
            line.append((char) c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (line.length() > 0) {
            out.write(colour(line.toString()));
            line.setLength(0);
        }
        out.close();
    }

    static String colour(String line) {
        Matcher m = FINDING.matcher(line);
        if (m.find()) {
            String code = switch (m.group(2)) {
                case "ERREUR", "ERROR" -> RED;
                case "AVERTISSEMENT", "WARNING" -> YELLOW;
                default -> CYAN;
            };
            return m.group(1) + code + m.group(2) + RESET + m.group(3) + line.substring(m.end());
        }
        Matcher v = VERDICT.matcher(line);
        if (v.find()) {
            return v.group(1) + (v.group(2).startsWith("IN") ? BOLD_RED : GREEN) + v.group(2) + RESET;
        }
        return line;
    }
}
