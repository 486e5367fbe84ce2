package org.maillage.json.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.diff.ChangeKind;
import org.maillage.core.diff.Changeset;
import org.maillage.core.diff.Differ;
import org.maillage.core.diff.EntityChange;
import org.maillage.core.diff.FieldChange;
import org.maillage.core.internal.SafeText;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.RandomDatasets;
import org.maillage.core.testkit.Seeds;

/**
 * The text rendering writes values straight from the records: it must give, byte for byte, the
 * text of the tree each value makes ({@code ChangesetJson.value(v).toString()}), which the
 * rendering printed before, and {@link DiffText#write} the same text as {@link DiffText#render}.
 */
class DiffTextTest {

    @Test
    void write_givesTheTextOfEachValuesTree_forRandomEdits() {
        Seeds.check(400, r -> {
            Dataset a = RandomDatasets.dataset(r, 10);
            assertSameAsTrees(Differ.standard().diff(a, RandomDatasets.edit(r, a)));
        });
    }

    @Test
    void write_givesTheTextOfEachValuesTree_forUnrelatedDatasets() {
        Seeds.check(200, (Choices r) -> assertSameAsTrees(Differ.standard().diff(RandomDatasets.dataset(r, 8),
                RandomDatasets.dataset(r, 8))));
    }

    @Test
    void write_keepsDecimalsAsWrittenAndEscapesTerminalControls() {
        Changeset cs = new Changeset(List.of(new FieldChange("/a", new BigDecimal("12.50"), new BigDecimal("1E+3")),
                new FieldChange("/b\u001b", "x\u202ey\u0007", null), new FieldChange("/c", null, List.of(1.5, "\t")),
                new FieldChange("/d", java.util.Map.of("k\u0085", 0.1f), 7L)),
                List.of(new EntityChange(EntityFamily.TERRITORIES, "commune:1\u2066", ChangeKind.MODIFIED, 0,
                        List.of(new FieldChange("/population", 12, 13)), List.of())));

        assertSameAsTrees(cs);
        assertThat(DiffText.render(cs)).isEqualTo("""
                ~ header
                    /a: 12.50 -> 1E+3
                    /b\\u001b: - "x\\u202ey\\u0007"
                    /c: + [1.5,"\\t"]
                    /d: {"k\\u0085":0.1} -> 7
                ~ territories commune:1\\u2066
                    /population: 12 -> 13
                1 entities changed: 0 added, 0 removed, 1 modified; header changed
                """);
    }

    private static void assertSameAsTrees(Changeset cs) {
        StringWriter w = new StringWriter();
        try {
            DiffText.write(cs, w);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(w.toString()).isEqualTo(DiffText.render(cs)).isEqualTo(byTrees(cs));
    }

    /** The rendering as it was made before values were written straight: a tree per value. */
    private static String byTrees(Changeset cs) {
        StringBuilder sb = new StringBuilder();
        if (!cs.header().isEmpty()) {
            sb.append("~ header\n");
            cs.header().forEach(f -> field(sb, f));
        }
        for (EntityChange c : cs.changes()) {
            String mark = switch (c.change()) {
                case ADDED -> "+";
                case REMOVED -> "-";
                case MODIFIED -> "~";
            };
            sb.append(mark).append(' ').append(c.family().member()).append(' ').append(SafeText.terminal(c.id()));
            if (!c.successors().isEmpty()) {
                sb.append(" -> ").append(SafeText.terminal(String.join(", ", c.successors())));
            }
            sb.append('\n');
            if (c.change() == ChangeKind.MODIFIED) {
                c.fields().forEach(f -> field(sb, f));
            }
        }
        if (cs.isEmpty()) {
            sb.append("no differences\n");
        } else {
            sb.append(cs.changes().size()).append(" entities changed: ").append(cs.count(ChangeKind.ADDED)).append(" added, ")
                    .append(cs.count(ChangeKind.REMOVED)).append(" removed, ").append(cs.count(ChangeKind.MODIFIED))
                    .append(" modified");
            if (!cs.header().isEmpty()) {
                sb.append("; header changed");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, FieldChange f) {
        sb.append("    ").append(SafeText.terminal(f.path())).append(": ");
        if (f.isAddition()) {
            sb.append("+ ").append(tree(f.newValue()));
        } else if (f.isRemoval()) {
            sb.append("- ").append(tree(f.oldValue()));
        } else {
            sb.append(tree(f.oldValue())).append(" -> ").append(tree(f.newValue()));
        }
        sb.append('\n');
    }

    private static String tree(Object v) {
        return SafeText.terminal(ChangesetJson.value(v).toString());
    }
}
