package org.maillage.json.diff;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import tools.jackson.databind.JsonNode;

/**
 * A changeset as plain text for a terminal: one line per entity ({@code +} added, {@code -}
 * removed, {@code ~} modified), its field changes indented below with their old and new values
 * as compact JSON, and a summary line.
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
        if (!changeset.header().isEmpty()) {
            sb.append("~ header\n");
            changeset.header().forEach(f -> field(sb, f));
        }
        for (EntityChange c : changeset.changes()) {
            String mark = switch (c.change()) {
                case ADDED -> "+";
                case REMOVED -> "-";
                case MODIFIED -> "~";
            };
            sb.append(mark).append(' ').append(c.family().member()).append(' ').append(c.id());
            if (!c.successors().isEmpty()) {
                sb.append(" -> ").append(String.join(", ", c.successors()));
            }
            sb.append('\n');
            if (c.change() == ChangeKind.MODIFIED) {
                c.fields().forEach(f -> field(sb, f));
            }
        }
        if (changeset.isEmpty()) {
            sb.append("no differences\n");
        } else {
            sb.append(changeset.changes().size()).append(" entities changed: ")
                    .append(changeset.count(ChangeKind.ADDED)).append(" added, ")
                    .append(changeset.count(ChangeKind.REMOVED)).append(" removed, ")
                    .append(changeset.count(ChangeKind.MODIFIED)).append(" modified");
            if (!changeset.header().isEmpty()) {
                sb.append("; header changed");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, FieldChange f) {
        sb.append("    ").append(f.path()).append(": ");
        if (f.isAddition()) {
            sb.append("+ ").append(json(f.newValue()));
        } else if (f.isRemoval()) {
            sb.append("- ").append(json(f.oldValue()));
        } else {
            sb.append(json(f.oldValue())).append(" -> ").append(json(f.newValue()));
        }
        sb.append('\n');
    }

    private static String json(Object v) {
        JsonNode n = ChangesetJson.value(v);
        return n.toString();
    }
}
