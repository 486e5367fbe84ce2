package org.maillage.imports.finess;

import java.util.ArrayList;
import java.util.List;

/** Splits a FINESS line on {@code ;}, keeping a {@code ;} that sits inside double quotes. */
final class Fields {
    private Fields() {}

    /**
     * The fields of a line: {@code ;}-separated, a field may be quoted ({@code "A;B"}), a quote
     * inside a quoted field is doubled.
     *
     * @param line the line, without its end
     * @return the fields, unquoted
     * @throws IllegalArgumentException when a quoted field is not closed (a line cut short)
     */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(34);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed: the line is cut short");
        }
        fields.add(field.toString());
        return fields;
    }
}
