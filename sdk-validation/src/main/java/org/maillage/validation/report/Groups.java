package org.maillage.validation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;

/** The grouping the readable formats share: by file (every source, even one without findings), then by entity. */
final class Groups {
    private Groups() {}

    /** Findings by file, in source order, then by entity id ("" for the document), in report order. */
    static Map<String, Map<String, List<Finding>>> byFileAndEntity(Report report) {
        Map<String, Map<String, List<Finding>>> out = new LinkedHashMap<>();
        for (String s : report.sources()) {
            out.putIfAbsent(s, new LinkedHashMap<>());
        }
        for (Finding f : report.findings()) {
            out.computeIfAbsent(f.file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.entityId() == null ? "" : f.entityId(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** Findings by file, in source order (every source, even one without findings). */
    static Map<String, List<Finding>> byFile(Report report) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (String s : report.sources()) {
            out.putIfAbsent(s, new ArrayList<>());
        }
        for (Finding f : report.findings()) {
            out.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
