package org.maillage.json.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import org.maillage.core.internal.SafeText;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import org.maillage.json.MaillageJson;
import tools.jackson.core.JsonGenerator;

/**
 * A changeset as plain text for a terminal: one line per entity ({@code +} added, {@code -}
 * removed, {@code ~} modified), its field changes indented below with their old and new values
 * as compact JSON, and a summary line. Whatever comes from the data (ids, values) has its
 * terminal controls and bidirectional overrides escaped, so a value cannot act on the terminal.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class DiffText {
    private DiffText() {}

    /**
     * Renders a changeset.
     *
     * @param changeset the changeset
     * @return the text, ending with a newline
     */
    public static String render(Changeset changeset) {
        StringBuilder sb = new StringBuilder();
        try {
            write(changeset, sb);
        } catch (IOException e) {
            // a StringBuilder does not throw
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Writes the rendering of a changeset as it goes, the same text as {@link #render}, without
     * holding it whole: for a large changeset, give a buffered writer.
     *
     * @param changeset the changeset
     * @param out where to write
     * @throws IOException when writing fails
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static void write(Changeset changeset, Appendable out) throws IOException {
        try (Values values = new Values()) {
            if (!changeset.header().isEmpty()) {
                out.append("~ header\n");
                for (FieldChange f : changeset.header()) {
                    field(out, f, values);
                }
            }
            for (EntityChange c : changeset.changes()) {
                String mark = switch (c.change()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "- ";
                    case MODIFIED -> "~ ";
                };
                out.append(mark).append(c.family().member()).append(' ').append(SafeText.terminal(c.id()));
                if (!c.successors().isEmpty()) {
                    out.append(" -> ").append(SafeText.terminal(String.join(", ", c.successors())));
                }
                out.append('\n');
                if (c.change() == ChangeKind.MODIFIED) {
                    for (FieldChange f : c.fields()) {
                        field(out, f, values);
                    }
                }
            }
            if (changeset.isEmpty()) {
                out.append("no differences\n");
            } else {
                out.append(Integer.toString(changeset.changes().size())).append(" entities changed: ")
                        .append(Long.toString(changeset.count(ChangeKind.ADDED))).append(" added, ")
                        .append(Long.toString(changeset.count(ChangeKind.REMOVED))).append(" removed, ")
                        .append(Long.toString(changeset.count(ChangeKind.MODIFIED))).append(" modified");
                if (!changeset.header().isEmpty()) {
                    out.append("; header changed");
                }
                out.append('\n');
            }
        }
    }

    private static void field(Appendable out, FieldChange f, Values values) throws IOException {
        out.append("    ").append(SafeText.terminal(f.path())).append(": ");
        if (f.isAddition()) {
            out.append("+ ").append(values.json(f.newValue()));
        } else if (f.isRemoval()) {
            out.append("- ").append(values.json(f.oldValue()));
        } else {
            out.append(values.json(f.oldValue())).append(" -> ").append(values.json(f.newValue()));
        }
        out.append('\n');
    }

    /**
     * Model values as compact JSON, written straight from the records by the dataset mapper (the
     * text {@code ChangesetJson.value(v).toString()} gives, without building a tree for each), all
     * through one generator as root values with no separator, so that the serialization context
     * is made once per rendering, not once per value.
     */
    private static final class Values implements AutoCloseable {
        private final StringWriter text = new StringWriter(256);
        private final JsonGenerator generator = MaillageJson.mapper().writer().withRootValueSeparator("").createGenerator(text);

        String json(Object v) {
            if (v == null) {
                return "null";
            }
            text.getBuffer().setLength(0);
            generator.writePOJO(v);
            generator.flush();
            return SafeText.terminal(text.toString());
        }

        @Override
        public void close() {
            generator.close();
        }
    }
}
