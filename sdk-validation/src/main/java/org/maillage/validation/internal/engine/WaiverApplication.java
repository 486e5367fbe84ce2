package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillage.json.SourcePosition;
import org.maillage.validation.Finding;
import org.maillage.validation.waiver.AppliedWaiver;
import org.maillage.validation.waiver.Waiver;
import org.maillage.validation.waiver.Waivers;

/** Applies waivers to the findings of one validation. */
final class WaiverApplication {
    private WaiverApplication() {}

    /** A waiver with its place in its file. */
    private record Entry(Waiver waiver, int index, long line, long column) {}

    private static List<Entry> entries(Waivers waivers) {
        List<Entry> out = new ArrayList<>();
        List<Waiver> list = waivers.waivers();
        for (int i = 0; i < list.size(); i++) {
            SourcePosition at = waivers.position(i);
            out.add(new Entry(list.get(i), i, at.line(), at.column()));
        }
        return out;
    }

    /** What applying the waivers gives: the findings, waived or not, plus the waivers' own, and the waivers applied. */
    record Outcome(List<Finding> findings, List<AppliedWaiver> applied) {}

    /**
     * Applies the waivers to the findings of one validation.
     *
     * @param findings the findings
     * @param today the validation date
     * @param factory makes the findings about waivers
     * @return the findings with those covered marked waived, the findings about unscoped,
     *     expired and unused waivers, and the waivers in effect with their counts
     */
    static Outcome apply(Waivers waivers, List<Finding> findings, LocalDate today, FindingFactory factory) {
        String source = waivers.source();
        List<Entry> entries = entries(waivers);
        if (entries.isEmpty()) {
            return new Outcome(findings, List.of());
        }
        List<Entry> active = new ArrayList<>();
        List<Finding> out = new ArrayList<>(findings.size() + entries.size());
        for (Entry e : entries) {
            Waiver w = e.waiver();
            String pointer = "/waivers/" + e.index();
            if (!w.scoped()) {
                out.add(factory.make("waiver.unscoped", Map.of("rule", w.ruleId()), source, pointer, e.line(), e.column(), null));
            } else if (w.expiredAt(today)) {
                out.add(factory.make("waiver.expired", Map.of("rule", w.ruleId(), "scope", w.scope(),
                        "expires", w.expires().toString(), "date", today.toString()), source, pointer, e.line(), e.column(), null));
            } else {
                active.add(e);
            }
        }
        int[] counts = new int[active.size()];
        for (Finding f : findings) {
            Finding result = f;
            for (int i = 0; i < active.size(); i++) {
                Waiver w = active.get(i).waiver();
                if (covers(w, f)) {
                    counts[i]++;
                    result = f.waivedBy(w.justification());
                    break;
                }
            }
            out.add(result);
        }
        List<AppliedWaiver> applied = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Entry e = active.get(i);
            applied.add(new AppliedWaiver(e.waiver(), source, e.index(), counts[i]));
            if (counts[i] == 0) {
                out.add(unused(source, factory, e));
            }
        }
        return new Outcome(out, applied);
    }

    private static Finding unused(String source, FindingFactory factory, Entry e) {
        return factory.make("waiver.unused", Map.of("rule", e.waiver().ruleId(), "scope", e.waiver().scope()), source,
                "/waivers/" + e.index(), e.line(), e.column(), null);
    }


    /**
     * Whether the waiver's rule and scope cover a finding (expiry aside). An unscoped waiver covers
     * nothing.
     *
     * @param w the waiver
     * @param f the finding
     * @return true when covered
     */
    static boolean covers(Waiver w, Finding f) {
        if (!w.scoped() || !w.ruleId().equals(f.ruleId())) {
            return false;
        }
        if (w.entityId() != null && !w.entityId().equals(f.entityId())) {
            return false;
        }
        return w.pointer() == null || f.pointer().equals(w.pointer()) || f.pointer().startsWith(w.pointer() + "/");
    }
}
